/**
 * `<site-search>`: upgrades the server-rendered search form. Until the reader starts to search (focuses the box,
 * types, presses `/`, or opens the search page with a query), this is the only search code on the page; the UI
 * and Pagefind load then, as separate chunks.
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
    document.addEventListener('keydown', (event) => this.#shortcut(event, input), { signal });
    if (this.dataset.variant === 'page' && location.search) start();
  }

  disconnectedCallback() {
    this.#abort?.abort();
    this.#abort = undefined;
    void this.#mounted?.then((m) => m?.destroy());
    this.#mounted = undefined;
  }

  /** `/` focuses the search box from anywhere but a text field, as on many sites. */
  #shortcut(event: KeyboardEvent, input: HTMLInputElement) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
    event.preventDefault();
    // On a phone the header's box sits in a closed panel: open it first.
    input.closest('details')?.setAttribute('open', '');
    input.focus();
    input.select();
  }

  #start(): Promise<Mounted | undefined> {
    this.#mounted ??= import('./search-ui')
      .then(({ mount }) => (this.isConnected ? mount(this) : undefined))
      .catch((error: unknown) => {
        this.#mounted = undefined;
        console.warn('site-search: the search UI could not be loaded', error);
        return undefined;
      });
    return this.#mounted;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
