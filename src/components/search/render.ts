/** DOM for the search UI: one result (a link to the exact anchor, its kind and date, the excerpt, the other
 * language's page), and the lists to browse when search cannot run. */
import type { Lang } from '../../i18n/langs';
import type { search } from '../../i18n/search';
import type { BrowseLink } from '../../lib/search/browse';
import type { StatusLabels } from '../../lib/search/query';
import type { ResultView } from '../../lib/search/results';

/** The page language's `search.*` strings (src/i18n/search.ts), which the search UI brings with it. */
export type Labels = StatusLabels & Record<keyof (typeof search)['en'], string>;

/** An element with attributes (undefined ones left out) and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result as a list item, for a reader of `reader`'s language; `labels` are that language's search strings. */
export function resultItem(view: ResultView, reader: Lang, labels: Labels): HTMLLIElement {
  const li = el('li', { class: 'search-result', 'data-kind': view.kind });
  const link = el('a', { href: view.href, class: 'search-result-title', 'data-result': '' }, view.title);
  if (view.lang !== reader) link.hreflang = view.lang;
  li.append(link);
  if (view.section) link.append(el('span', { class: 'search-section' }, ` › ${view.section}`));
  const meta = el('p', { class: 'search-result-meta' });
  if (view.kind) meta.append(el('span', { class: 'search-kind', lang: view.lang !== reader ? reader : undefined }, labels[`search.kind.${view.kind}`]));
  if (view.date) {
    if (meta.childNodes.length) meta.append(' · ');
    meta.append(el(view.date.datetime ? 'time' : 'span', { datetime: view.date.datetime, class: 'search-date' }, view.date.text));
  }
  if (meta.childNodes.length) li.append(meta);
  const excerpt = el('p', { class: 'search-excerpt' });
  for (const part of view.excerpt) excerpt.append(part.mark ? el('mark', {}, part.text) : document.createTextNode(part.text));
  li.append(excerpt);
  if (view.counterpart) {
    const p = el('p', { class: 'search-counterpart', lang: reader });
    // "English version" alone would repeat down the list: the hidden rest says of what.
    const link = el('a', { href: view.counterpart, hreflang: reader }, labels['search.counterpart']);
    link.append(el('span', { class: 'visually-hidden', lang: view.lang }, `: ${view.title}`));
    p.append(link);
    li.append(p);
  }
  return li;
}

/** Links to the facts, events and sources lists, for when search cannot run. */
export function browseList(links: readonly BrowseLink[]): HTMLUListElement {
  const list = el('ul');
  for (const [label, href] of links) {
    const li = el('li');
    li.append(el('a', { href }, label));
    list.append(li);
  }
  return list;
}
