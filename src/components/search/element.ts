/**
 * `<site-search>`: upgrades the server-rendered search form. The page's first script (layout/enhance.ts) loads this
 * module when the reader first reaches the box (and at once on the search page); the UI and Pagefind load when the
 * reader starts to search (focuses the box or types), or at once on the search page, as separate chunks.
 */
// The results' styles, linked when the UI loads: an import of the stylesheet itself would be linked by every page.
import resultsCss from './results.css?url';

type Mounted = { destroy(): void };

/** Links the results' stylesheet once, and resolves when it has loaded (or failed: the results stay readable). */
function resultStyles(): Promise<void> {
  if (document.querySelector(`link[href="${resultsCss}"]`)) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: resultsCss });
  document.head.append(link);
  return new Promise((resolve) => (link.onload = link.onerror = () => resolve()));
}

class SiteSearch extends HTMLElement {
  #mounted: Promise<Mounted | undefined> | undefined;
  #abort: AbortController | undefined;

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('[data-input]');
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    if (!input || !form) return;
    this.#abort = new AbortController();
    const { signal } = this.#abort;
    form.hidden = false;
    const fallback = this.querySelector<HTMLElement>('[data-fallback]');
    if (fallback) fallback.hidden = true;
    const start = () => void this.#start();
    input.addEventListener('focus', start, { signal });
    input.addEventListener('input', start, { signal });
    form.addEventListener('change', start, { signal });
    // The search page is where readers come to search: its index loads at once, so the first words typed find
    // it ready. Elsewhere the box was reached before this module loaded, and may have the cursor and words.
    if (this.dataset.variant === 'page' || this.contains(document.activeElement)) start();
  }

  disconnectedCallback() {
    this.#abort?.abort();
    this.#abort = undefined;
    void this.#mounted?.then((m) => m?.destroy());
    this.#mounted = undefined;
  }

  #start(): Promise<Mounted | undefined> {
    this.#mounted ??= Promise.all([import('./search-ui'), resultStyles()])
      .then(([{ mount }]) => {
        if (!this.isConnected) return undefined;
        const mounted = mount(this);
        const input = this.querySelector<HTMLInputElement>('[data-input]');
        if (input?.value.trim() && this.dataset.variant === 'header') input.dispatchEvent(new Event('input'));
        return mounted;
      })
      .catch((error: unknown) => {
        this.#mounted = undefined;
        console.warn('site-search: the search UI could not be loaded', error);
        return undefined;
      });
    return this.#mounted;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);

export {};
