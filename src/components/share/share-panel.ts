/**
 * `<share-panel>`: upgrades the server-rendered share disclosure. Dates printouts at once (print.css); the share
 * sheet and copy buttons (share-actions.ts) load the first time the reader opens the panel, so pages carry only
 * this much script for sharing until then.
 */
import type { ShareLabels } from './share-actions';

class SharePanel extends HTMLElement {
  #off = new AbortController();

  connectedCallback() {
    const labels = JSON.parse(this.dataset.labels ?? '{}') as ShareLabels;
    const signal = (this.#off = new AbortController()).signal;
    const stamp = () => setPrintedOn(labels);
    stamp();
    addEventListener('beforeprint', stamp, { signal });
    const details = this.querySelector('details');
    const load = () => void import('./share-actions').then(({ wireActions }) => signal.aborted || wireActions(this, labels, signal));
    if (!details || details.open) load();
    else details.addEventListener('toggle', load, { once: true, signal });
  }

  disconnectedCallback() {
    this.#off.abort();
  }
}

/** "Printed on 3 May 2026" in the page's language, for the bottom margin of every printed sheet. */
function setPrintedOn({ printed, locale }: ShareLabels) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  document.documentElement.style.setProperty('--print-printed', JSON.stringify(printed.replace('{date}', date)));
}

if (!customElements.get('share-panel')) customElements.define('share-panel', SharePanel);
