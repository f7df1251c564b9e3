/**
 * `<share-panel>`: upgrades the server-rendered share disclosure. The page's first script (layout/enhance.ts)
 * loads this module when the reader first reaches the panel, and dates printouts itself; the share sheet and copy
 * buttons (share-actions.ts) load when the panel opens.
 */
import type { ShareLabels } from './share-actions';

class SharePanel extends HTMLElement {
  #off = new AbortController();

  connectedCallback() {
    const labels = JSON.parse(this.dataset.labels ?? '{}') as ShareLabels;
    const signal = (this.#off = new AbortController()).signal;
    const details = this.querySelector('details');
    const load = () => void import('./share-actions').then(({ wireActions }) => signal.aborted || wireActions(this, labels, signal));
    if (!details || details.open) load();
    else details.addEventListener('toggle', load, { once: true, signal });
  }

  disconnectedCallback() {
    this.#off.abort();
  }
}

if (!customElements.get('share-panel')) customElements.define('share-panel', SharePanel);
