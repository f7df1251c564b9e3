import type { Lang } from '../i18n/langs';

/** Every URL the site links to, in one place: lower case, no extensions, trailing slash. */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  cities: (lang: Lang) => `/${lang}/cities/`,
  city: (lang: Lang, id: string) => `/${lang}/cities/${id}/`,
  programs: (lang: Lang) => `/${lang}/programs/`,
  program: (lang: Lang, id: string) => `/${lang}/programs/${id}/`,
  /** The events list, or one of its pages once it splits by year (`2019`, `2019-2023`, `2024-2`). */
  events: (lang: Lang, page = '') => `/${lang}/events/${page && `${page}/`}`,
  facts: (lang: Lang) => `/${lang}/facts/`,
  /** A fact's own page, its permanent address. */
  fact: (lang: Lang, id: string) => `/${lang}/facts/${id}/`,
  /** A fact's line in the facts index: the address facts had before they had pages, kept working. */
  factAnchor: (lang: Lang, id: string) => `/${lang}/facts/#${id}`,
  /** A part of the facts index: `status/disputed`, `city/ambon`, `year/2019`, `city/ambon/2019-2023`; '' is the index. */
  factList: (lang: Lang, slug: string) => (slug ? `/${lang}/facts/by/${slug}/` : `/${lang}/facts/`),
  /** The log of fact changes, newest first; `page` 2 and on hold older changes. */
  changes: (lang: Lang, page = 1) => (page > 1 ? `/${lang}/changes/${page}/` : `/${lang}/changes/`),
  changesFeed: (lang: Lang) => `/${lang}/changes.xml`,
  data: (lang: Lang) => `/${lang}/data/`,
  /** An open data file, the same for both languages: `facts.json`, `facts.schema.json`, `datapackage.json`. */
  dataFile: (name: string) => `/data/${name}`,
  press: (lang: Lang) => `/${lang}/press/`,
  /** The bibliography, or one of its pages once it splits by year (`2019`, `2019-2023`, `undated`). */
  sources: (lang: Lang, page = '') => `/${lang}/sources/${page && `${page}/`}`,
  about: (lang: Lang) => `/${lang}/about/`,
  map: (lang: Lang) => `/${lang}/map/`,
  timeline: (lang: Lang) => `/${lang}/timeline/`,
  /** What the timeline's chart draws (TimelineData as JSON), fetched when the chart loads. */
  timelineData: (lang: Lang) => `/${lang}/timeline.json`,
  search: (lang: Lang) => `/${lang}/search/`,
  rss: (lang: Lang) => `/${lang}/rss.xml`,
};

/** The same page in another language: swaps the first path segment, keeps the rest and the hash. */
export function switchLang(pathname: string, to: Lang): string {
  return pathname.replace(/^\/(id|en)(?=\/|$)/, `/${to}`);
}
