// <cite-this>: writes the reader's own day as the access day of every citation, and gives each a copy button.
// Without JavaScript the citations are plain selectable text naming the day the site was built.
import { accessText, FORMAT_NAMES, localDay, type CiteFormat } from '../../lib/cite/access-date';
import type { Lang } from '../../i18n/langs';

class CiteThis extends HTMLElement {
  #onClick = (event: Event) => void this.copy(event);

  connectedCallback() {
    const lang = this.dataset.lang as Lang;
    const day = localDay(new Date());
    for (const span of this.querySelectorAll<HTMLElement>('.access[data-day]')) {
      if (span.dataset.day === day) continue;
      span.textContent = accessText(span.dataset.format as CiteFormat, lang, day);
      span.dataset.day = day;
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button.copy')) button.hidden = false;
    this.addEventListener('click', this.#onClick);
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.#onClick);
  }

  async copy(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.copy');
    if (!button) return;
    const pre = this.querySelector<HTMLElement>(`pre[data-format="${button.dataset.format}"]`);
    const status = this.querySelector<HTMLElement>('.cite-status');
    if (!pre || !status) return;
    try {
      await navigator.clipboard.writeText(pre.textContent ?? '');
      status.textContent = `${this.dataset.copied}: ${FORMAT_NAMES[button.dataset.format as CiteFormat]}`;
    } catch {
      // No clipboard (an insecure origin, a refused permission): select the text so the reader can copy it.
      const range = document.createRange();
      range.selectNodeContents(pre);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      status.textContent = this.dataset.failed ?? '';
    }
  }
}

if (!customElements.get('cite-this')) customElements.define('cite-this', CiteThis);
