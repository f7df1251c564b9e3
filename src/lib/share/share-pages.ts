/**
 * What a shared page says about itself outside the site: its title and kind, for preview cards and short-link
 * pages. One function per language over the same table of sections and entries the site builds its pages from.
 */
import type { Lang } from '../../i18n/langs';
import type { Translate } from '../../i18n/ui';
import { SECTIONS } from '../site/sections';
import type { Model } from '../site/model';
import { paths } from '../urls';
import type { ShortKind } from './short-links';

export interface SharePage {
  /** The page's address on the site. */
  path: string;
  title: string;
  kind: ShortKind;
}

/** A city's, programme's or fact's title as shared: "Hamamatsu, Japan", the programme's title, the fact's statement. */
export function entryTitle(model: Model, kind: Exclude<ShortKind, 'page'>, id: string, lang: Lang): string {
  if (kind === 'city') {
    const { name, country } = model.city(id).data;
    return `${name[lang]}, ${country[lang]}`;
  }
  if (kind === 'program') return model.program(id).data.title[lang];
  return model.fact(id).data.statement[lang];
}

/** Every page of one language with a preview card of its own: sections, cities, programmes. A fact's page shows the facts index's card. */
export function sharePages(model: Model, lang: Lang, t: Translate): SharePage[] {
  const entries = (kind: Exclude<ShortKind, 'page'>, ids: { id: string }[], path: (lang: Lang, id: string) => string) =>
    ids.map(({ id }) => ({ path: path(lang, id), title: entryTitle(model, kind, id, lang), kind }));
  return [
    ...SECTIONS.map((s) => ({ path: s.path(lang), title: t(s.title), kind: 'page' as const })),
    ...entries('city', model.cities, paths.city),
    ...entries('program', model.programs, paths.program),
  ];
}
