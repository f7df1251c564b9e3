import type { Lang } from '../i18n/langs';

/** Every URL the site links to, in one place: lower case, no extensions, trailing slash. */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  cities: (lang: Lang) => `/${lang}/cities/`,
  city: (lang: Lang, id: string) => `/${lang}/cities/${id}/`,
  programs: (lang: Lang) => `/${lang}/programs/`,
  program: (lang: Lang, id: string) => `/${lang}/programs/${id}/`,
  events: (lang: Lang) => `/${lang}/events/`,
  event: (lang: Lang, id: string) => `/${lang}/events/#${id}`,
  facts: (lang: Lang) => `/${lang}/facts/`,
  fact: (lang: Lang, id: string) => `/${lang}/facts/#${id}`,
  sources: (lang: Lang) => `/${lang}/sources/`,
  source: (lang: Lang, id: string) => `/${lang}/sources/#${id}`,
  about: (lang: Lang) => `/${lang}/about/`,
  map: (lang: Lang) => `/${lang}/map/`,
  timeline: (lang: Lang) => `/${lang}/timeline/`,
  search: (lang: Lang) => `/${lang}/search/`,
  rss: (lang: Lang) => `/${lang}/rss.xml`,
};

/** The same page in another language: swaps the first path segment, keeps the rest and the hash. */
export function switchLang(pathname: string, to: Lang): string {
  return pathname.replace(/^\/(id|en)(?=\/|$)/, `/${to}`);
}
