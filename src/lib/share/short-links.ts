/**
 * Short links: `/go/{id}/` for every city, programme, fact and section of the site, language-neutral and valid
 * forever, landing on the page in the reader's language. One id space for all kinds, so two kinds may never share
 * an id: the build stops with both files named.
 */
import { LANGS, type Lang } from '../../i18n/langs';
import { SECTIONS } from '../site/sections';
import type { Model } from '../site/model';
import { paths } from '../urls';

export type ShortKind = 'page' | 'city' | 'program' | 'fact';

export interface ShortLink {
  id: string;
  kind: ShortKind;
  /** Where the id comes from, for error messages: a content file or the table of sections. */
  file: string;
  /** The page it lands on, per language (may carry a fragment). */
  target: Record<Lang, string>;
}

const SECTIONS_FILE = 'src/lib/site/sections.ts';
/** Ids a short link may have: what content file names allow, lower case. */
const VALID_ID = /^[a-z0-9][a-z0-9-]*$/;

/** A city's, programme's or fact's own page: `/en/cities/busan/`. */
const ENTRY_PAGE = new RegExp(`^/(?:${LANGS.join('|')})/(?:cities|programs|facts)/([a-z0-9][a-z0-9-]*)/$`);

export const goPath = (id: string) => `/go/${id}/`;

const perLang = (target: (lang: Lang) => string) => Object.fromEntries(LANGS.map((l) => [l, target(l)])) as Record<Lang, string>;

/** Every short link of the site, checked: ids are URL-safe and no two pages share one. */
export function shortLinks(model: Model): ShortLink[] {
  const links: ShortLink[] = [
    // The home page's short link is the site's root, which already sends readers to their language.
    ...SECTIONS.filter((s) => s.id !== 'home').map((s) => ({ id: s.id, kind: 'page' as const, file: SECTIONS_FILE, target: perLang(s.path) })),
    ...model.cities.map((c) => ({ id: c.id, kind: 'city' as const, file: c.filePath, target: perLang((l) => paths.city(l, c.id)) })),
    ...model.programs.map((p) => ({ id: p.id, kind: 'program' as const, file: p.filePath, target: perLang((l) => paths.program(l, p.id)) })),
    ...model.facts.map((f) => ({ id: f.id, kind: 'fact' as const, file: f.filePath, target: perLang((l) => paths.fact(l, f.id)) })),
  ];
  assertShortIds(links);
  return links;
}

/** Throws, naming both files, when two pages would share a short link or an id cannot be one. */
export function assertShortIds(links: readonly Pick<ShortLink, 'id' | 'kind' | 'file'>[]): void {
  const seen = new Map<string, Pick<ShortLink, 'id' | 'kind' | 'file'>>();
  for (const link of links) {
    if (!VALID_ID.test(link.id)) {
      throw new Error(`${link.file}: "${link.id}" cannot be a short link (${goPath(link.id)}); rename the file to lower-case letters, digits and hyphens`);
    }
    const first = seen.get(link.id);
    if (first) {
      throw new Error(
        `short link ${goPath(link.id)} would lead to two pages: the ${first.kind} in ${first.file} and the ${link.kind} in ${link.file}; rename one of the files so their ids differ`,
      );
    }
    seen.set(link.id, link);
  }
}

/**
 * The short path of a page of the site: `/` for a home page, `/go/{id}/` for a section, city, programme or fact page,
 * undefined for any other page (it has no short link; share its address as it is).
 */
export function shortPathFor(pagePath: string): string | undefined {
  for (const lang of LANGS) {
    const section = SECTIONS.find((s) => s.path(lang) === pagePath);
    if (section) return section.id === 'home' ? '/' : goPath(section.id);
  }
  const entry = pagePath.match(ENTRY_PAGE);
  return entry ? goPath(entry[1]!) : undefined;
}

/** Where the QR code of a shared address lives: beside it, `/go/facts/qr.svg` for `/go/facts/`, `/qr.svg` for `/`. */
export const qrFile = (linkPath: string) => `${linkPath}qr.svg`;

/**
 * The link to share for a page: its short link where it has one, else its own address; full and as printed, and
 * where its QR code is.
 */
export function shareLink(pagePath: string, site: URL | string): { href: string; text: string; qr: string } {
  const path = shortPathFor(pagePath) ?? pagePath;
  const href = new URL(path, site).href;
  return { href, text: href.replace(/^https?:\/\//, ''), qr: qrFile(path) };
}
