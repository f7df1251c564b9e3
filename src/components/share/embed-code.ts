/** `<embed-code>`: keeps the embed code on the reader's current choice (the page's `#id`) and copies it. */
import { iframeCode, type EmbedKind } from '../../lib/share/embed';
import { announce, copyText } from './copy';

class EmbedCode extends HTMLElement {
  #off = new AbortController();

  connectedCallback() {
    const labels = JSON.parse(this.dataset.labels ?? '{}') as { copied: string; failed: string };
    const signal = (this.#off = new AbortController()).signal;
    const code = this.querySelector<HTMLTextAreaElement>('[data-code]');
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    if (!code || !button) return;
    // The map and the timeline keep the chosen city or event in the address with replaceState, which fires no
    // event: read it whenever the code is about to be seen or copied.
    const refresh = () => (code.value = iframeCode(`${this.dataset.src}${location.hash}`, this.dataset.title ?? '', this.dataset.kind as EmbedKind));
    refresh();
    this.querySelector('details')?.addEventListener('toggle', refresh, { signal });
    code.addEventListener('focus', refresh, { signal });
    addEventListener('hashchange', refresh, { signal });
    button.addEventListener(
      'click',
      async () => {
        refresh();
        announce(this.querySelector('[data-status]'), (await copyText(code.value, code)) ? labels.copied : labels.failed);
      },
      { signal },
    );
    button.hidden = false;
  }

  disconnectedCallback() {
    this.#off.abort();
  }
}

if (!customElements.get('embed-code')) customElements.define('embed-code', EmbedCode);
