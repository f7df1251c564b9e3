import type { Lang } from '../../i18n/langs';
import type { UiKey } from '../../i18n/ui';
import { paths } from '../urls';

/** A top-level page of the site in both languages: its address, its name in the navigation, its preview title. */
export interface Section {
  id: string;
  path: (lang: Lang) => string;
  /** Its name in the main navigation; absent for a page the navigation does not list. */
  nav?: UiKey;
  /** The title its preview image prints. */
  title: UiKey;
}

/** The site's sections, in navigation order. The navigation, the preview images and the tests all read this. */
export const SECTIONS: readonly Section[] = [
  { id: 'home', path: paths.home, nav: 'nav.home', title: 'site.tagline' },
  { id: 'cities', path: paths.cities, nav: 'nav.cities', title: 'nav.cities' },
  { id: 'map', path: paths.map, nav: 'nav.map', title: 'nav.map' },
  { id: 'programs', path: paths.programs, nav: 'nav.programs', title: 'nav.programs' },
  { id: 'events', path: paths.events, nav: 'nav.events', title: 'nav.events' },
  { id: 'timeline', path: paths.timeline, nav: 'nav.timeline', title: 'nav.timeline' },
  { id: 'facts', path: paths.facts, nav: 'nav.facts', title: 'facts.title' },
  { id: 'sources', path: paths.sources, nav: 'nav.sources', title: 'nav.sources' },
  { id: 'about', path: paths.about, nav: 'nav.about', title: 'about.title' },
  { id: 'search', path: paths.search, title: 'nav.search' },
  { id: 'changes', path: paths.changes, title: 'changes.title' },
  { id: 'data', path: paths.data, title: 'data.title' },
  { id: 'press', path: paths.press, title: 'press.title' },
];

/** The main navigation of one language: label key, address, and whether it is the page shown or its section. */
export function navigation(lang: Lang, current: string): { key: UiKey; href: string; current?: 'page' | 'true' }[] {
  const home = paths.home(lang);
  return SECTIONS.filter((s) => s.nav).map((s) => {
    const href = s.path(lang);
    const inside = href === home ? current === href : current.startsWith(href);
    return { key: s.nav!, href, ...(current === href ? { current: 'page' as const } : inside ? { current: 'true' as const } : {}) };
  });
}
