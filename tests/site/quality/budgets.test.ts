import { beforeAll, describe, expect, test } from 'vitest';
import { htmlPages, page } from '../../helpers/dist';
import { blockingBytes, jsBytes, pageWeight, type PageWeight } from '../../helpers/page-weight';

// The sizes of a build are deterministic, so its budgets are tests. Bytes are gzip level 9; 1 KB = 1,024 bytes.
// "Before interaction" counts what the HTML loads and the static imports of its scripts, not chunks a script
// imports later (the search UI, Leaflet, the timeline's chart). `BUDGETS_REPORT=1` prints every page's figures.
const KB = 1024;
type Kind = 'none' | 'map' | 'timeline';
type Metric = 'html' | 'js' | 'total';
type Weight = PageWeight & { kind: Kind };

/** The goals. */
export const GOALS = {
  /** HTML with its inline CSS and scripts: one TCP round trip (ten segments). */
  html: 14 * KB,
  /** JavaScript before interaction, by the page's interactive part. */
  js: { none: 2 * KB, map: 3 * KB, timeline: 20 * KB } satisfies Record<Kind, number>,
  /** Everything a text page (no map, no timeline) fetches before interaction. */
  total: 15 * KB,
};

/** A page's interactive part, read from the islands it carries. */
function kindOf(path: string): Kind {
  const root = page(path);
  if (root.querySelector('event-timeline')) return 'timeline';
  if (root.querySelector('city-map')) return 'map';
  return 'none';
}

const MEASURE: Record<Metric, (w: Weight) => number> = { html: (w) => w.html, js: jsBytes, total: (w) => w.total };
const goal = (metric: Metric, w: Weight): number | undefined =>
  metric === 'html' ? GOALS.html : metric === 'js' ? GOALS.js[w.kind] : w.kind === 'none' ? GOALS.total : undefined;

const weights = new Map<string, Weight>();
beforeAll(() => {
  for (const path of htmlPages()) weights.set(path, { ...pageWeight(path), kind: kindOf(path) });
  if (process.env.BUDGETS_REPORT) {
    const css = (w: Weight) => w.css.reduce((n, a) => n + a.gzip, 0);
    // firstRender: the HTML and the stylesheets that hold up the first paint.
    console.table([...weights.values()].map((w) => ({ page: w.path, kind: w.kind, html: w.html, css: css(w), firstRender: blockingBytes(w), js: jsBytes(w), total: w.total })));
  }
});

/** Every page over its goal for a metric, as `page: bytes > goal` lines. */
function over(metric: Metric): string[] {
  return [...weights.values()].flatMap((w) => {
    const target = goal(metric, w);
    if (target === undefined) return [];
    const bytes = MEASURE[metric](w);
    return bytes > target ? [`${w.path}: ${bytes} B > ${target} B`] : [];
  });
}

describe('size budgets of every built page', () => {
  test('measures every page, with maps and timelines among them in both languages', () => {
    expect(weights.size).toBeGreaterThan(100);
    for (const lang of ['id', 'en']) {
      expect(weights.get(`/${lang}/map/`)?.kind).toBe('map');
      expect(weights.get(`/${lang}/timeline/`)?.kind).toBe('timeline');
      expect(weights.get(`/${lang}/about/`)?.kind).toBe('none');
    }
  });

  test('HTML with its inline CSS fits one round trip: 14 KB', () => {
    expect(over('html')).toEqual([]);
  });

  test('JavaScript before interaction: 2 KB with no interactive part, 3 KB with a map, 20 KB with the timeline', () => {
    expect(over('js')).toEqual([]);
  });

  test('a text page transfers 15 KB before interaction', () => {
    expect(over('total')).toEqual([]);
  });
});
