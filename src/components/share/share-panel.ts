/**
 * `<share-panel>`: upgrades the server-rendered share disclosure. Shows the browser's share sheet button where
 * `navigator.share` exists, and a copy button; sets the printed-on date for the print margins (print.css).
 */
import { announce, copyText } from './copy';

interface Labels {
  copied: string;
  failed: string;
  printed: string;
  locale: string;
}

class SharePanel extends HTMLElement {
  #off = new AbortController();

  connectedCallback() {
    const labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;
    const url = this.dataset.url ?? location.href;
    const signal = (this.#off = new AbortController()).signal;
    const status = this.querySelector('[data-status]');
    const native = this.querySelector<HTMLButtonElement>('[data-native]');
    const canShare = typeof navigator.share === 'function' && (navigator.canShare?.({ url }) ?? true);
    if (native && canShare) {
      native.hidden = false;
      native.addEventListener('click', () => navigator.share({ url, title: this.dataset.title }).catch(() => undefined), { signal });
    }
    this.querySelector('[data-copy]')?.addEventListener(
      'click',
      async () => announce(status, (await copyText(url, this.querySelector('[data-short-url]') ?? undefined)) ? labels.copied : labels.failed),
      { signal },
    );
    this.querySelector<HTMLElement>('[data-actions]')?.removeAttribute('hidden');
    const stamp = () => setPrintedOn(labels);
    stamp();
    addEventListener('beforeprint', stamp, { signal });
  }

  disconnectedCallback() {
    this.#off.abort();
  }
}

/** "Printed on 3 May 2026" in the page's language, for the bottom margin of every printed sheet. */
function setPrintedOn({ printed, locale }: Labels) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  document.documentElement.style.setProperty('--print-printed', JSON.stringify(printed.replace('{date}', date)));
}

if (!customElements.get('share-panel')) customElements.define('share-panel', SharePanel);
