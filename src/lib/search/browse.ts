// Where to go when search cannot run (no JavaScript, or no index): the lists that hold every searchable item.
import type { Lang } from '../../i18n/langs';
import { ANCHORED_KINDS, listPath, type AnchoredKind } from './records.ts';

export type BrowseLink = [label: string, href: string];

/** The facts, events and sources lists of a language, in that order, under the given names. */
export function browseLinks(lang: Lang, names: Record<AnchoredKind, string>): BrowseLink[] {
  return ANCHORED_KINDS.map((kind) => [names[kind], listPath(kind, lang)]);
}
