/**
 * The search UI, loaded on first use by element.ts. It opens this language's Pagefind bundle (/pagefind/{lang}/),
 * and the other language's as a second instance when the reader includes it, renders results as links to the
 * exact anchor, and announces each outcome in a status line.
 */
import type { Lang } from '../../i18n/langs';
import { search } from '../../i18n/search';
import type { BrowseLink } from '../../lib/search/browse';
import { isActive, readState, searchLangs, statusText, toFilters, writeState, type SearchState } from '../../lib/search/query';
import { readForm, showCounts, showOtherCount, writeForm } from './form';
import { createGroup, showMore, type GroupContext } from './groups';
import { onResultKey } from './keyboard';
import { NoIndexError, filterCounts, openIndex, searchIndex, type PagefindInstance } from './pagefind';
import { browseList, el, type Labels } from './render';

/** Keys typed within this wait of each other give one search, for the words as they stand after the last. */
const DEBOUNCE_MS = 40;

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
    // The strings travel with this module, loaded on first use, rather than in every page's HTML.
    this.#labels = search[this.#lang];
    this.#input = root.querySelector<HTMLInputElement>('[data-input]')!;
    this.#form = root.querySelector<HTMLFormElement>('[data-form]')!;
    this.#status = root.querySelector<HTMLElement>('[data-status]')!;
    this.#panel = root.querySelector<HTMLElement>('[data-panel]')!;
    const signal = this.#abort.signal;
    this.#input.addEventListener('input', () => {
      // Fetch the index chunks the words need while the debounce runs.
      const term = this.#input.value.trim();
      if (term) void this.#instance(this.#lang).then((i) => i.preload(term), () => undefined);
      this.#schedule();
    }, { signal });
    this.#form.addEventListener('change', (e) => {
      if (e.target !== this.#input) this.#schedule(0);
    }, { signal });
    this.#form.addEventListener('reset', () => setTimeout(() => this.#schedule(0)), { signal });
    this.#form.addEventListener('submit', (e) => this.#submit(e), { signal });
    const keys = { input: this.#input, panel: this.#panel, closable: this.#variant === 'header', open: (open: boolean) => this.#open(open) };
    root.addEventListener('keydown', (e) => onResultKey(e, keys), { signal });
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
      writeForm(this.#form, this.#input, { ...state, query: this.#input.value.trim() || state.query });
    }
    // The reader has just reached the box, or opened the search page: fetch Pagefind, its WebAssembly, the index
    // metadata and the filter index (every search filters by kind) before the first words are typed. A failure is
    // reported by the search.
    this.#instance(this.#lang).then((i) => i.init().then(() => i.filters()), () => undefined).catch(() => undefined);
    this.#schedule(0);
  }

  destroy() {
    this.#abort.abort();
    clearTimeout(this.#timer);
    for (const instance of this.#instances.values()) void instance.then((i) => i.destroy(), () => undefined);
    this.#instances.clear();
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

  /** A language's index, opened once; a failed open is forgotten so the next search tries again. */
  #instance(lang: Lang): Promise<PagefindInstance> {
    let instance = this.#instances.get(lang);
    if (!instance) {
      instance = openIndex(`${this.#root.dataset.bundle ?? '/pagefind/'}${lang}/`);
      instance.catch(() => this.#instances.delete(lang));
      this.#instances.set(lang, instance);
    }
    return instance;
  }

  async #run() {
    const state = readForm(this.#form, this.#input, this.#variant === 'header');
    if (this.#variant === 'page') history.replaceState(history.state, '', `${location.pathname}${writeState(state)}`);
    const seq = ++this.#seq;
    this.#root.dataset.state = 'searching';
    if (!isActive(state)) {
      this.#root.dataset.state = 'idle';
      this.#panel.replaceChildren();
      this.#panel.hidden = true;
      this.#status.textContent = '';
      showCounts(this.#form, []);
      return;
    }
    const slow = this.#ready ? undefined : setTimeout(() => this.#say(this.#labels['search.loading']), 300);
    const langs = searchLangs(state, this.#lang, this.#other);
    const context: GroupContext = { reader: this.#lang, variant: this.#variant, labels: this.#labels, signal: this.#abort.signal };
    try {
      const found = await Promise.all(langs.map(async (lang) => searchIndex(await this.#instance(lang), state)));
      if (seq !== this.#seq) return;
      this.#ready = true;
      const groups = found.map((results, i) => createGroup(context, langs[i]!, results, langs.length > 1));
      const nodes: Node[] = groups.map((g) => g.list.parentElement!);
      if (this.#variant === 'header') {
        const all = el('p', { class: 'search-all' });
        all.append(el('a', { href: `${this.#root.dataset.page}${writeState(state)}` }, this.#labels['search.all']));
        nodes.push(all);
      }
      await Promise.all(groups.map((g) => showMore(context, g)));
      if (seq !== this.#seq) return;
      this.#panel.replaceChildren(...nodes);
      // The counts beside the search page's filters follow the results, so they never hold them up.
      if (this.#variant === 'page') {
        void Promise.all(langs.map(async (lang) => filterCounts(await this.#instance(lang), state))).then(
          (counts) => seq === this.#seq && showCounts(this.#form, counts),
          () => undefined,
        );
      }
      const [own, other] = groups;
      const language = this.#labels['search.otherLangName'];
      const summary = (available?: number) =>
        statusText(this.#labels, this.#lang, state, own!.results.length, other && { count: other.results.length, language }, available === undefined ? undefined : { count: available, language });
      const line = el('p', { class: 'search-summary', 'aria-hidden': 'true' }, summary());
      if (this.#variant === 'header') this.#panel.prepend(line);
      this.#say(summary());
      showOtherCount(this.#form, undefined);
      this.#open(this.#variant === 'page' || this.#root.contains(document.activeElement));
      this.#root.dataset.state = 'done';
      // Then, without holding up these results: how many the other language has, before the reader asks for them.
      if (!state.both && state.query) {
        void this.#countOther(state).then((count) => {
          if (seq !== this.#seq || count === undefined) return;
          showOtherCount(this.#form, count);
          line.textContent = summary(count);
          this.#say(summary(count));
        });
      }
    } catch (error) {
      if (seq !== this.#seq) return;
      this.#fail(error);
    } finally {
      clearTimeout(slow);
    }
  }

  /** How many results the other language's index has for a search; undefined when it cannot be read. */
  async #countOther(state: SearchState): Promise<number | undefined> {
    try {
      const response = await (await this.#instance(this.#other)).search(state.query, { filters: toFilters(state) });
      return response?.results.length ?? 0;
    } catch {
      return undefined;
    }
  }

  #say(text: string) {
    this.#status.textContent = text;
  }

  #open(open: boolean) {
    this.#panel.hidden = !open || this.#panel.childElementCount === 0;
  }

  #fail(error: unknown) {
    const dev = error instanceof NoIndexError;
    if (!dev) console.warn('site-search: the search index could not be loaded; build the site with `npm run build` to create it', error);
    const text = this.#labels[dev ? 'search.dev' : 'search.error'];
    const box = el('div', { class: 'search-problem' });
    // The search page shows its status line; the header's is for screen readers only.
    if (this.#variant === 'header') box.append(el('p', {}, text));
    box.append(browseList(JSON.parse(this.#root.dataset.browse ?? '[]') as BrowseLink[]));
    this.#panel.replaceChildren(box);
    this.#say(text);
    this.#open(true);
    this.#root.dataset.state = 'failed';
  }
}

export function mount(root: HTMLElement): { destroy(): void } {
  return new SearchUi(root);
}
