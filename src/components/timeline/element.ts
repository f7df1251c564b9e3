/**
 * `<event-timeline>`: upgrades the server-rendered list once the element is on screen. The chart's code
 * (timeline-ui.ts and D3) is a separate chunk, and its events a data file (`data-src`); both load only then,
 * side by side.
 */
import type { TimelineData } from '../../lib/timeline/types';

type Chart = { update(data: TimelineData): void; destroy(): void };

async function loadData(src: string | undefined): Promise<TimelineData> {
  if (!src) throw new Error('no data-src');
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: ${response.status}`);
  return (await response.json()) as TimelineData;
}

class EventTimeline extends HTMLElement {
  #observer?: IntersectionObserver;
  #chart?: Chart;

  connectedCallback() {
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.#observer?.disconnect();
      Promise.all([import('./timeline-ui'), loadData(this.dataset.src)])
        .then(([{ mountTimeline }, data]) => {
          if (this.isConnected && !this.#chart) this.#chart = mountTimeline(this, data);
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

  /** Draws other events at once, keeping the reader's filters and lanes (used to measure larger timelines). */
  set data(data: TimelineData) {
    this.#chart?.update(data);
  }
}

customElements.define('event-timeline', EventTimeline);
