/**
 * The search UI, loaded on first use by site-search.client.ts. It opens this language's Pagefind bundle
 * (/pagefind/{lang}/), and the other language's as a second instance when the reader includes it, renders results
 * as links to the exact anchor, and announces each outcome in a status line.
 */
import type { Lang } from '../i18n/langs';
import { EMPTY_STATE, isActive, readState, statusText, toFilters, writeState, type SearchState } from '../lib/search/query';
import { OVERVIEW_KINDS, toResultView, weighOverviews } from '../lib/search/results';
import type { FilterCounts, Group, PagefindInstance, PagefindModule, PagefindResult } from './site-search.pagefind';
import { browseList, el, resultItem, type Labels } from './site-search.render';

const PAGE_SIZE = { header: 6, page: 10 } as const;
const DEBOUNCE_MS = 120;

/** Thrown in `astro dev`, which serves no index: the UI says how to get one. */
class NoIndexError extends Error {}

class SearchUi {
  readonly #root: HTMLElement;
  readonly #variant: 'header' | 'page';
  readonly #lang: Lang;
  readonly #other: Lang;
  readonly #labels: Labels;
  readonly #input: HTMLInputElement;
  readonly #form: HTMLFormElement;
  readonly #status: HTMLElement;
  readonly #panel: HTMLElement;
  readonly #abort = new AbortController();
  readonly #instances = new Map<Lang, Promise<PagefindInstance>>();
  #seq = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #ready = false;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#variant = root.dataset.variant === 'page' ? 'page' : 'header';
    this.#lang = root.dataset.lang as Lang;
    this.#other = root.dataset.other as Lang;
    this.#labels = JSON.parse(root.dataset.labels ?? '{}') as Labels;
    this.#input = root.querySelector<HTMLInputElement>('[data-input]')!;
    this.#form = root.querySelector<HTMLFormElement>('[data-form]')!;
    this.#status = root.querySelector<HTMLElement>('[data-status]')!;
    this.#panel = root.querySelector<HTMLElement>('[data-panel]')!;
    const signal = this.#abort.signal;
    this.#input.addEventListener('input', () => this.#schedule(), { signal });
    this.#form.addEventListener('change', (e) => {
      if (e.target !== this.#input) this.#schedule(0);
    }, { signal });
    this.#form.addEventListener('reset', () => setTimeout(() => this.#schedule(0)), { signal });
    this.#form.addEventListener('submit', (e) => this.#submit(e), { signal });
    root.addEventListener('keydown', (e) => this.#keydown(e), { signal });
    if (this.#variant === 'header') {
      this.#input.addEventListener('focus', () => this.#open(this.#panel.childElementCount > 0 && this.#input.value.trim() !== ''), { signal });
      root.addEventListener('focusout', (e) => {
        if (!root.contains(e.relatedTarget as Node | null)) this.#open(false);
      }, { signal });
      document.addEventListener('pointerdown', (e) => {
        if (!root.contains(e.target as Node)) this.#open(false);
      }, { signal });
    } else if (location.search) {
      // The search a shared URL describes; words the reader typed while this code loaded win over it.
      const state = readState(new URLSearchParams(location.search));
      this.#writeForm({ ...state, query: this.#input.value.trim() || state.query });
    }
    // The reader has just focused the box: fetch Pagefind while they type. A failure is reported by the search.
    this.#instance(this.#lang).catch(() => undefined);
    this.#schedule(0);
  }

  destroy() {
    this.#abort.abort();
    clearTimeout(this.#timer);
    for (const instance of this.#instances.values()) void instance.then((i) => i.destroy(), () => undefined);
    this.#instances.clear();
  }

  /** The search the form describes; the header box has words only. */
  #state(): SearchState {
    if (this.#variant === 'header') return { ...EMPTY_STATE, query: this.#input.value.trim() };
    return readState(new URLSearchParams(new FormData(this.#form) as unknown as Record<string, string>));
  }

  #writeForm(state: SearchState) {
    this.#input.value = state.query;
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      if (box.name === 'kind') box.checked = (state.kinds as string[]).includes(box.value);
      else if (box.name === 'city') box.checked = state.cities.includes(box.value);
      else if (box.name === 'both') box.checked = state.both;
    }
  }

  #schedule(delay = DEBOUNCE_MS) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), delay);
  }

  #submit(event: SubmitEvent) {
    // The header box goes to the search page (with filters); the search page searches in place.
    if (this.#variant === 'header') return;
    event.preventDefault();
    this.#schedule(0);
  }

  /**
   * Each language's index runs in its own copy of pagefind.js, and so in its own worker: Pagefind's WebAssembly
   * glue is one global per JS realm, and two indexes with different stemmers cannot share it.
   */
  #instance(lang: Lang): Promise<PagefindInstance> {
    // MODE, not DEV: a build run with NODE_ENV=test (as from Vitest) sets DEV but is still a production build.
    if (import.meta.env.MODE === 'development') return Promise.reject(new NoIndexError());
    let instance = this.#instances.get(lang);
    if (!instance) {
      const basePath = `${this.#root.dataset.bundle ?? '/pagefind/'}${lang}/`;
      instance = (import(/* @vite-ignore */ `${basePath}pagefind.js`) as Promise<PagefindModule>).then(async (module) => {
        const created = module.createInstance({ basePath, excerptLength: 24 });
        // Filter counts come back with results only once the filter index is loaded.
        if (this.#variant === 'page') await created.filters();
        return created;
      });
      instance.catch(() => this.#instances.delete(lang));
      this.#instances.set(lang, instance);
    }
    return instance;
  }

  async #run() {
    const state = this.#state();
    if (this.#variant === 'page') history.replaceState(history.state, '', `${location.pathname}${writeState(state)}`);
    const seq = ++this.#seq;
    this.#root.dataset.state = 'searching';
    if (!isActive(state)) {
      this.#root.dataset.state = 'idle';
      this.#panel.replaceChildren();
      this.#panel.hidden = true;
      this.#status.textContent = '';
      this.#counts([]);
      return;
    }
    const slow = this.#ready ? undefined : setTimeout(() => this.#say(this.#labels['search.loading']), 300);
    const langs = state.both && this.#variant === 'page' ? [this.#lang, this.#other] : [this.#lang];
    try {
      const responses = await Promise.all(langs.map(async (lang) => this.#search(await this.#instance(lang), state)));
      if (seq !== this.#seq) return;
      this.#ready = true;
      const groups = responses.map((r, i) => this.#group(langs[i]!, r.results, langs.length > 1));
      const nodes: Node[] = groups.map((g) => g.list.parentElement!);
      if (this.#variant === 'header') {
        const all = el('p', { class: 'search-all' });
        all.append(el('a', { href: `${this.#root.dataset.page}${writeState(state)}` }, this.#labels['search.all']));
        nodes.push(all);
      }
      await Promise.all(groups.map((g) => this.#more(g)));
      if (seq !== this.#seq) return;
      this.#panel.replaceChildren(...nodes);
      this.#counts(responses.map((r) => r.counts));
      const [own, other] = groups;
      const text = statusText(this.#labels, this.#lang, state, own!.results.length, other && { count: other.results.length, language: this.#labels['search.otherLangName'] });
      if (this.#variant === 'header') this.#panel.prepend(el('p', { class: 'search-summary', 'aria-hidden': 'true' }, text));
      this.#say(text);
      this.#open(this.#variant === 'page' || this.#root.contains(document.activeElement));
      this.#root.dataset.state = 'done';
    } catch (error) {
      if (seq !== this.#seq) return;
      this.#fail(error);
    } finally {
      clearTimeout(slow);
    }
  }

  /**
   * One language's results, overview pages (cities, programmes) weighted up (see `weighOverviews`), and on the
   * search page the count beside each filter. Every extra search reuses the chunks the first one loaded.
   */
  async #search(instance: PagefindInstance, state: SearchState): Promise<{ results: PagefindResult[]; counts: FilterCounts }> {
    const term = state.query || null;
    const response = await instance.search(term, { filters: toFilters(state) });
    let results = response?.results ?? [];
    const kinds = OVERVIEW_KINDS.filter((k) => !state.kinds.length || state.kinds.includes(k));
    if (results.length && term && kinds.length) {
      const overviews = await instance.search(term, { filters: { ...toFilters(state), kind: { any: kinds } } });
      results = weighOverviews(results, new Set(overviews?.results.map((r) => r.id)));
    }
    const counts: FilterCounts = { ...response?.filters };
    if (this.#variant === 'page') {
      // A count says what ticking that box would show: for kinds, with the kinds already ticked left out, since
      // kinds add up (any of them); likewise for cities.
      for (const [facet, key] of [['kind', 'kinds'], ['city', 'cities']] as const) {
        if (!state[key].length) continue;
        const open = await instance.search(term, { filters: toFilters({ ...state, [key]: [] }) });
        counts[facet] = open?.filters[facet] ?? {};
      }
    }
    return { results, counts };
  }

  #say(text: string) {
    this.#status.textContent = text;
  }

  #open(open: boolean) {
    this.#panel.hidden = !open || this.#panel.childElementCount === 0;
  }

  #group(lang: Lang, results: PagefindResult[], labelled: boolean): Group {
    const section = el('section', { class: 'search-group', 'data-lang': lang });
    if (lang !== this.#lang) section.lang = lang;
    if (labelled) {
      const id = `${this.#root.dataset.variant}-results-${lang}`;
      const key = lang === this.#lang ? 'search.group.own' : 'search.group.other';
      section.append(el('h2', { id, class: 'search-group-title', lang: this.#lang }, this.#labels[key]));
      section.setAttribute('aria-labelledby', id);
    }
    const list = el('ol', { class: 'search-results' });
    section.append(list);
    const group: Group = { lang, results, shown: 0, list };
    if (this.#variant === 'page') {
      const more = el('button', { type: 'button', class: 'search-more', lang: this.#lang }, this.#labels['search.more']);
      more.addEventListener('click', () => void this.#more(group).then((first) => first?.focus()), { signal: this.#abort.signal });
      section.append(more);
      group.more = more;
    }
    return group;
  }

  /** Renders the next page of a group's results; returns the first new link, to move focus to it. */
  async #more(group: Group): Promise<HTMLAnchorElement | undefined> {
    const slice = group.results.slice(group.shown, group.shown + PAGE_SIZE[this.#variant]);
    group.shown += slice.length;
    const views = await Promise.all(slice.map(async (r) => toResultView(await r.data(), group.lang, this.#lang)));
    const items = views.map((v) => resultItem(v, this.#lang, this.#labels));
    group.list.append(...items);
    if (group.more) group.more.hidden = group.shown >= group.results.length;
    // With both languages listed, an empty group says so under its heading.
    if (group.results.length === 0 && group.list.parentElement?.hasAttribute('aria-labelledby')) {
      group.list.replaceWith(el('p', { class: 'search-empty', lang: this.#lang }, this.#labels['search.groupEmpty']));
    }
    return items[0]?.querySelector<HTMLAnchorElement>('a[data-result]') ?? undefined;
  }

  /** Result counts beside each filter, summed over the searched languages. */
  #counts(filters: FilterCounts[]) {
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[data-filter]')) {
      const count = box.closest('label')?.querySelector('[data-count]');
      if (!count) continue;
      const n = filters.reduce((sum, f) => sum + (f[box.dataset.filter!]?.[box.value] ?? 0), 0);
      count.textContent = filters.length ? ` (${n})` : '';
    }
  }

  #fail(error: unknown) {
    const dev = error instanceof NoIndexError;
    if (!dev) console.warn('site-search: the search index could not be loaded; build the site with `npm run build` to create it', error);
    const text = this.#labels[dev ? 'search.dev' : 'search.error'];
    const box = el('div', { class: 'search-problem' });
    // The search page shows its status line; the header's is for screen readers only.
    if (this.#variant === 'header') box.append(el('p', {}, text));
    box.append(browseList(JSON.parse(this.#root.dataset.browse ?? '[]') as [string, string][]));
    this.#panel.replaceChildren(box);
    this.#say(text);
    this.#open(true);
    this.#root.dataset.state = 'failed';
  }

  #keydown(event: KeyboardEvent) {
    const links = [...this.#panel.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
    const target = event.target as HTMLElement;
    const at = links.indexOf(target as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (target === this.#input || at >= 0)) {
      const next = links[at + 1];
      if (next) {
        event.preventDefault();
        this.#open(true);
        next.focus();
      }
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (links[at - 1] ?? this.#input).focus();
    } else if (event.key === 'Escape') {
      if (this.#variant === 'header' && !this.#panel.hidden) {
        event.preventDefault();
        this.#input.focus();
        this.#open(false);
      } else if (at >= 0) {
        event.preventDefault();
        this.#input.focus();
      }
    }
  }
}

export function mount(root: HTMLElement): { destroy(): void } {
  return new SearchUi(root);
}
