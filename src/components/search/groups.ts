/**
 * Result groups: one language's results as a list, shown a page at a time. With both languages listed, each group
 * is a section under its own heading; on the search page it ends in a "more" button.
 */
import type { Lang } from '../../i18n/langs';
import { toResultView } from '../../lib/search/results';
import type { PagefindResult } from './pagefind';
import { el, resultItem, type Labels } from './render';

/** Results shown at once, and per "more": no more than a browser fetches from one host at a time (six), so the first
 * results wait for one round of fragment requests, not two. */
const PAGE_SIZE = { header: 6, page: 6 } as const;

/** Where groups are shown: the page's language, which search box, its strings, and when to drop listeners. */
export interface GroupContext {
  reader: Lang;
  variant: 'header' | 'page';
  labels: Labels;
  signal: AbortSignal;
}

/** One language's results as the UI shows them: how many are listed so far, and the "more" button. */
export interface Group {
  lang: Lang;
  results: PagefindResult[];
  shown: number;
  list: HTMLOListElement;
  more?: HTMLButtonElement;
}

/** A group's section, still empty: `showMore` fills it. `labelled` gives it a heading naming its language. */
export function createGroup(context: GroupContext, lang: Lang, results: PagefindResult[], labelled: boolean): Group {
  const { reader, variant, labels, signal } = context;
  const section = el('section', { class: 'search-group', 'data-lang': lang });
  if (lang !== reader) section.lang = lang;
  if (labelled) {
    const id = `${variant}-results-${lang}`;
    const key = lang === reader ? 'search.group.own' : 'search.group.other';
    section.append(el('h2', { id, class: 'search-group-title', lang: reader }, labels[key]));
    section.setAttribute('aria-labelledby', id);
  }
  const list = el('ol', { class: 'search-results' });
  section.append(list);
  const group: Group = { lang, results, shown: 0, list };
  if (variant === 'page') {
    const more = el('button', { type: 'button', class: 'search-more', lang: reader }, labels['search.more']);
    more.addEventListener('click', () => void showMore(context, group).then((first) => first?.focus()), { signal });
    section.append(more);
    group.more = more;
  }
  return group;
}

/** Renders the next page of a group's results; returns the first new link, to move focus to it. */
export async function showMore(context: GroupContext, group: Group): Promise<HTMLAnchorElement | undefined> {
  const { reader, variant, labels } = context;
  const slice = group.results.slice(group.shown, group.shown + PAGE_SIZE[variant]);
  group.shown += slice.length;
  const views = await Promise.all(slice.map(async (r) => toResultView(await r.data(), group.lang, reader)));
  const items = views.map((v) => resultItem(v, reader, labels));
  group.list.append(...items);
  if (group.more) group.more.hidden = group.shown >= group.results.length;
  // With both languages listed, an empty group says so under its heading.
  if (group.results.length === 0 && group.list.parentElement?.hasAttribute('aria-labelledby')) {
    group.list.replaceWith(el('p', { class: 'search-empty', lang: reader }, labels['search.groupEmpty']));
  }
  return items[0]?.querySelector<HTMLAnchorElement>('a[data-result]') ?? undefined;
}
