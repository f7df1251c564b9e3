/** The site's languages, Indonesian first: the city's own language leads. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const LANG_NAMES: Record<Lang, string> = { id: 'Bahasa Indonesia', en: 'English' };
/** BCP 47 locale of each language, for number and date formats, feeds and the sitemap. */
export const LOCALE = { id: 'id-ID', en: 'en-GB' } as const satisfies Record<Lang, string>;
/** The same locales as Open Graph writes them. */
export const OG_LOCALE: Record<Lang, string> = { id: 'id_ID', en: 'en_GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'id' ? 'en' : 'id';
}
