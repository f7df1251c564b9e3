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

const CHROME = 'every page carries the header script (1.1 KB: panels, the / key, print dates, and the loader of the search, share and cite code on first use)';
const LIST = 'a list page holds up to 250 fact lines, or 100 events or sources, before it splits by year, so readers can scan and filter a whole list on one page; fitting 14 KB needs shorter entries or lower limits';

/**
 * Pages not yet within a goal: the bytes they may not exceed meanwhile, and why. Each entry is a ceiling, so a page
 * may not grow past it; an entry none of whose pages is over the goal any more fails the test until it is removed.
 * The first entry that matches a page applies.
 */
export const NOT_YET: { metric: Metric; pages: RegExp; kind?: Kind; max: number; why: string }[] = [
  { metric: 'total', pages: /^\/(id|en)\/$/, max: 16 * KB, why: `${CHROME}; 4.3 KB of shared CSS; the home's overview (at a glance, the creative cities, key facts, latest events) and its citation in five formats` },
  { metric: 'total', pages: /^\/(id|en)\/(changes|events|sources|facts|facts\/by\/.+)\/$/, max: 23.5 * KB, why: LIST },
  { metric: 'html', pages: /^\/(id|en)\/facts\/$/, max: 17 * KB, why: LIST },
];

const MEASURE: Record<Metric, (w: Weight) => number> = { html: (w) => w.html, js: jsBytes, total: (w) => w.total };
const goal = (metric: Metric, w: Weight): number | undefined =>
  metric === 'html' ? GOALS.html : metric === 'js' ? GOALS.js[w.kind] : w.kind === 'none' ? GOALS.total : undefined;
const exceptionFor = (metric: Metric, w: Weight) => NOT_YET.find((e) => e.metric === metric && e.pages.test(w.path) && (!e.kind || e.kind === w.kind));

const weights = new Map<string, Weight>();
beforeAll(() => {
  for (const path of htmlPages()) weights.set(path, { ...pageWeight(path), kind: kindOf(path) });
  if (process.env.BUDGETS_REPORT) {
    const css = (w: Weight) => w.css.reduce((n, a) => n + a.gzip, 0);
    // firstRender: the HTML and the stylesheets that hold up the first paint.
    console.table([...weights.values()].map((w) => ({ page: w.path, kind: w.kind, html: w.html, css: css(w), firstRender: blockingBytes(w), js: jsBytes(w), total: w.total })));
  }
});

/** Every page over its limit for a metric, as `page: bytes > limit` lines naming the goal and any exception. */
function over(metric: Metric): string[] {
  return [...weights.values()].flatMap((w) => {
    const target = goal(metric, w);
    if (target === undefined) return [];
    const bytes = MEASURE[metric](w);
    const exception = exceptionFor(metric, w);
    const limit = exception?.max ?? target;
    return bytes > limit ? [`${w.path}: ${bytes} B > ${limit} B (goal ${target} B${exception ? `; not yet: ${exception.why}` : ''})`] : [];
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

  test('every page not yet within a goal is still over it: an entry no page needs is removed', () => {
    const unused = NOT_YET.filter((e) =>
      ![...weights.values()].some((w) => exceptionFor(e.metric, w) === e && MEASURE[e.metric](w) > (goal(e.metric, w) ?? Infinity)),
    ).map((e) => `${e.metric} ${e.pages}${e.kind ? ` (${e.kind})` : ''}`);
    expect(unused).toEqual([]);
  });
});
