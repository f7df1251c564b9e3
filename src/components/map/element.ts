/**
 * `<city-map>`: shows the map frame, and loads Leaflet (a separate chunk, with its CSS) only when the map scrolls
 * into view or the URL already names a place on it. Until then, and if loading fails, the server-rendered list
 * inside the element is the whole map.
 */
import { hashId } from '../../lib/hash-id';

type Unmount = () => void;

class CityMap extends HTMLElement {
  #observer: IntersectionObserver | undefined;
  #unmount: Unmount | undefined;
  #loading = false;
  /** Counts disconnections: a load that started before the latest one undoes itself. */
  #generation = 0;
  /** Loads run one after another, so a reconnected element never starts Leaflet on a canvas still in use. */
  #queue: Promise<void> = Promise.resolve();

  connectedCallback() {
    const frame = this.querySelector<HTMLElement>('[data-frame]');
    if (!frame) return;
    frame.hidden = false;
    const named = this.dataset.deepLinks === 'true' && this.#placeFromHash();
    if (named || !('IntersectionObserver' in window)) {
      this.#load();
      return;
    }
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.#load();
    }, { rootMargin: '200px' });
    this.#observer.observe(frame);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#unmount?.();
    this.#unmount = undefined;
    this.#loading = false;
    this.#generation++;
  }

  #placeFromHash(): boolean {
    const id = hashId(location.hash);
    return id !== '' && this.querySelector(`[data-place="${CSS.escape(id)}"]`) !== null;
  }

  #load() {
    if (this.#loading) return;
    this.#loading = true;
    this.#observer?.disconnect();
    const generation = this.#generation;
    this.#queue = this.#queue.then(() => this.#mount(generation));
  }

  async #mount(generation: number) {
    const current = () => this.isConnected && generation === this.#generation;
    if (!current()) return;
    try {
      const { mount } = await import('./leaflet');
      if (!current()) return;
      const unmount = await mount(this);
      // Removed while Leaflet was starting: undo at once what mount made.
      if (current()) this.#unmount = unmount;
      else unmount();
    } catch (error) {
      if (!current()) return;
      this.dataset.state = 'failed';
      const status = this.querySelector<HTMLElement>('[data-status]');
      if (status) status.textContent = this.dataset.failed ?? '';
      console.warn('city-map: the map could not be loaded', error);
    }
  }
}

if (!customElements.get('city-map')) customElements.define('city-map', CityMap);
