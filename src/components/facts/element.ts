// <fact-filter>: combines the status, city and programme filters on the facts shown, in place; and on the whole
// index, sends an old /{lang}/facts/#id link whose line is not on this page to the fact's own page.
import { fill } from '../../i18n/fill';

const FIELDS = ['status', 'city', 'program'] as const;

class FactFilter extends HTMLElement {
  #form: HTMLElement | null = null;
  #onChange = () => this.apply();

  connectedCallback() {
    this.redirectOldAnchor();
    this.#form = this.querySelector<HTMLElement>('.filter-form');
    if (!this.#form) return;
    this.#form.hidden = false;
    this.#form.addEventListener('change', this.#onChange);
  }

  disconnectedCallback() {
    this.#form?.removeEventListener('change', this.#onChange);
  }

  /** Shows the lines that match every chosen filter, hides years left empty, and says how many show. */
  apply() {
    const form = this.#form!;
    const chosen = FIELDS.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? ''] as const);
    const lines = [...this.querySelectorAll<HTMLElement>('.fact-line')];
    let shown = 0;
    for (const line of lines) {
      const match = chosen.every(([name, value]) => !value || (line.dataset[name] ?? '').split(' ').includes(value));
      line.hidden = !match;
      if (match) shown++;
    }
    for (const year of this.querySelectorAll<HTMLElement>('.fact-year')) year.hidden = !year.querySelector('.fact-line:not([hidden])');
    const status = form.querySelector('.filter-count');
    const filtering = chosen.some(([, value]) => value);
    if (status) status.textContent = filtering ? fill(this.dataset.shown ?? '', { shown, total: lines.length }) : '';
  }

  redirectOldAnchor() {
    if (this.dataset.anchors !== 'true') return;
    const id = decodeURIComponent(location.hash.slice(1));
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || document.getElementById(id)) return;
    location.replace(new URL(`${id}/`, location.href.split('#')[0]).href);
  }
}

if (!customElements.get('fact-filter')) customElements.define('fact-filter', FactFilter);
