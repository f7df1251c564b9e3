/**
 * `<site-search>`: upgrades the server-rendered search form. The page's first script (layout/enhance.ts) loads this
 * module when the reader first reaches the box (and at once on the search page); the UI and Pagefind load when the
 * reader starts to search (focuses the box or types), or at once on the search page, as separate chunks.
 */
type Mounted = { destroy(): void };

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
    this.#mounted ??= import('./search-ui')
      .then(({ mount }) => {
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
