/**
 * `<event-timeline>`: upgrades the server-rendered list once the element is on screen. The chart's code
 * (event-timeline.client.ts and D3) is a separate chunk, loaded only then.
 */
type Chart = { update(): void; destroy(): void };

class EventTimeline extends HTMLElement {
  static observedAttributes = ['data-timeline'];
  #observer?: IntersectionObserver;
  #chart?: Chart;

  connectedCallback() {
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.#observer?.disconnect();
      import('./timeline-ui')
        .then(({ mountTimeline }) => {
          if (this.isConnected && !this.#chart) this.#chart = mountTimeline(this);
        })
        // The ordered list stays the whole timeline, and the chart's empty frame goes.
        .catch((error: unknown) => {
          this.dataset.failed = '';
          console.warn('event-timeline: the chart could not be loaded', error);
        });
    });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#chart?.destroy();
    this.#chart = undefined;
  }

  attributeChangedCallback() {
    this.#chart?.update();
  }
}

customElements.define('event-timeline', EventTimeline);
