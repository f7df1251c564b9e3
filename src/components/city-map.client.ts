/**
 * `<city-map>`: shows the map frame, and loads Leaflet (a separate chunk, with its CSS) only when the map scrolls
 * into view or the URL already names a place on it. Until then, and if loading fails, the server-rendered list
 * inside the element is the whole map.
 */
type Unmount = () => void;

class CityMap extends HTMLElement {
  #observer: IntersectionObserver | undefined;
  #unmount: Unmount | undefined;
  #loading = false;

  connectedCallback() {
    const frame = this.querySelector<HTMLElement>('[data-frame]');
    if (!frame) return;
    frame.hidden = false;
    const named = this.dataset.deepLinks === 'true' && this.#placeFromHash();
    if (named || !('IntersectionObserver' in window)) {
      void this.#load();
      return;
    }
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void this.#load();
    }, { rootMargin: '200px' });
    this.#observer.observe(frame);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#unmount?.();
    this.#unmount = undefined;
    this.#loading = false;
  }

  #placeFromHash(): boolean {
    const id = decodeURIComponent(location.hash.slice(1));
    return id !== '' && this.querySelector(`[data-place="${CSS.escape(id)}"]`) !== null;
  }

  async #load() {
    if (this.#loading) return;
    this.#loading = true;
    this.#observer?.disconnect();
    try {
      const { mount } = await import('./city-map.leaflet');
      if (!this.isConnected || !this.#loading) return;
      const unmount = await mount(this);
      // Removed while Leaflet was starting: undo at once what mount made.
      if (this.isConnected && this.#loading) this.#unmount = unmount;
      else unmount();
    } catch (error) {
      this.dataset.state = 'failed';
      const status = this.querySelector<HTMLElement>('[data-status]');
      if (status) status.textContent = this.dataset.failed ?? '';
      console.warn('city-map: the map could not be loaded', error);
    }
  }
}

if (!customElements.get('city-map')) customElements.define('city-map', CityMap);
