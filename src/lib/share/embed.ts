/** Embeddable views of the site: their addresses and the `<iframe>` code other sites paste. */
import type { Lang } from '../../i18n/langs';
import { paths } from '../urls';

export type EmbedKind = 'map' | 'timeline';
export const EMBED_KINDS: readonly EmbedKind[] = ['map', 'timeline'];

/** `/embed/en/map/`: the embeddable view; the same `#id` deep links as the full page. */
export const embedPath = (lang: Lang, kind: EmbedKind) => `/embed/${lang}/${kind}/`;
/** The full page an embed stands for. */
export const fullPath = (lang: Lang, kind: EmbedKind) => paths[kind](lang);

/** Height of the frame other sites get, in CSS px: the map's canvas or the timeline's chart with its controls. */
export const EMBED_HEIGHT: Record<EmbedKind, number> = { map: 640, timeline: 720 };

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The code that shows an embed on another site: responsive width, fixed height, lazy, with an accessible title. */
export function iframeCode(src: string, title: string, kind: EmbedKind): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${EMBED_HEIGHT[kind]}" style="border:0" loading="lazy"></iframe>`;
}
