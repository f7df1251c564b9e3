import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listedAt, page as distPage } from '../../helpers/dist';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage, type Watched } from '../../helpers/browser';
import { loadContent } from '../../helpers/load-content';
import { createModel } from '../../../src/lib/site/model';

/** Where the events list shows an event: the page of the list and the anchor. */
const eventAt = (lang: string, id: string) => listedAt(`/${lang}/events/`, '.event-list > li[id]').get(id);

// What the timeline must show, worked out here from the content rather than by the code under test:
// every event that has not ended before October 2019 (Ambon's designation), oldest first.
const model = createModel(loadContent(process.cwd()).content);
const expected = model.events.filter((e) => model.eventDate(e.id).last >= '2019-10-01').map((e) => e.id);
const earlier = model.events.filter((e) => model.eventDate(e.id).last < '2019-10-01').map((e) => e.id);
const involving = (key: 'cities' | 'programs', id: string) =>
  expected.filter((e) => model.event(e).data[key].some((r) => r.id === id));
const planned = expected.find((id) => model.event(id).data.status === 'planned')!;
const windowed = expected.find((id) => model.eventDate(id).kind === 'window')!;
const designated = expected.find((id) => model.fact(model.event(id).data.fact.id).data.status === 'disputed' && model.event(id).data.cities.some((c) => c.id === 'ambon'))!;

type Lang = 'id' | 'en';
/** The names the tests find the timeline's parts by: what a screen reader announces. */
const WORDS = {
  id: { chart: 'Linimasa peristiwa', legend: 'Keterangan', reset: 'Tampilkan semua', list: 'Peristiwa menurut urutan waktu', details: 'Rincian peristiwa', onEventsPage: 'Di halaman peristiwa', showList: 'Tampilkan semua sebagai daftar', permalink: 'Tautan tetap ke fakta ini' },
  en: { chart: 'Timeline of events', legend: 'Legend', reset: 'Show everything', list: 'Events in time order', details: 'Event details', onEventsPage: 'On the events page', showList: 'Show all as a list', permalink: 'Permanent link to this fact' },
} as const;

/** The timeline's parts on a page, by role and accessible name wherever they have one. */
function timeline(page: Page, lang: Lang) {
  const words = WORDS[lang];
  const chart = page.getByRole('group', { name: words.chart, exact: true });
  const region = page.getByRole('region', { name: new RegExp(`^(${words.list}|${words.details})$`) });
  /** The list's entries a reader can see: the list items headed by an event's title. */
  const entries = region.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  return {
    chart,
    /** Each drawn event is a link to its entry. */
    events: chart.getByRole('link'),
    event: (id: string) => chart.getByRole('link').and(page.locator(`[href="#${id}"]`)),
    count: page.getByRole('main').getByRole('status'),
    legend: page.getByRole('group').filter({ has: page.getByText(words.legend, { exact: true }) }),
    reset: page.getByRole('button', { name: words.reset, exact: true }),
    entries,
    entry: (id: string) =>
      region.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: model.event(id).data.title[lang], exact: true }) }),
  };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the timeline and waits until the island has drawn it. */
async function openTimeline(lang: Lang, options: Parameters<typeof openPage>[1] = {}, hash = ''): Promise<Watched> {
  const watched = await openPage(browser, options);
  await watched.page.goto(`${baseUrl()}/${lang}/timeline/${hash}`);
  await timeline(watched.page, lang).events.first().waitFor();
  return watched;
}

const drawnIds = (page: Page, lang: Lang) => timeline(page, lang).events.evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.closest('a.tl-event')?.getAttribute('href')?.slice(1));
// Marks and the axis are drawing only (no role, hidden from screen readers): found by their classes.
const markX = (page: Page, lang: Lang, id: string) =>
  timeline(page, lang).event(id).locator('.tl-mark').first().evaluate((m) => m.getBoundingClientRect().x);

test('the content has what these tests look for', () => {
  expect(expected.length).toBeGreaterThan(10);
  expect(earlier.length).toBeGreaterThan(0);
  expect(planned && windowed && designated).toBeTruthy();
  for (const lang of ['id', 'en'] as const) expect(new Set(expected.map((id) => model.event(id).data.title[lang])).size, lang).toBe(expected.length);
});

describe.each(['id', 'en'] as const)('the timeline in %s', (lang) => {
  test('draws marks for every event from October 2019 on, and none before; no errors, zero axe violations', async () => {
    const { page, context, problems, outside } = await openTimeline(lang);
    const tl = timeline(page, lang);
    expect((await drawnIds(page, lang)).sort()).toEqual([...expected].sort());
    for (const id of expected) expect(await tl.event(id).locator('.tl-mark').count(), id).toBeGreaterThan(0);
    // Events before the designation: on the page of the events list that shows the latest of them (it runs newest first).
    expect(await page.getByRole('link', { name: lang === 'en' ? 'events page' : 'halaman peristiwa' }).getAttribute('href')).toBe(eventAt(lang, earlier.at(-1)!)!.split('#')[0]);
    expect(await tl.count.innerText()).toContain(String(expected.length));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  test('shows precision, plans and the disputed designation in marks and in words', async () => {
    const { page, context } = await openTimeline(lang);
    const tl = timeline(page, lang);
    const mark = tl.event;
    expect(await mark(windowed).locator('.tl-mark').getAttribute('data-kind')).toBe('window');
    expect(await mark(planned).getAttribute('data-status')).toBe('planned');
    expect(await mark(planned).locator('.tl-label').textContent()).toMatch(lang === 'en' ? /^Planned\b/ : /^Rencana\b/);
    expect(await mark(planned).getAttribute('aria-label')).toContain(lang === 'en' ? 'Planned' : 'Direncanakan');
    // Both claimed days are drawn; the adopted one is marked.
    expect(await mark(designated).locator('.tl-mark').count()).toBe(2);
    expect(await mark(designated).locator('.tl-mark[data-adopted="true"]').count()).toBe(1);
    expect(await mark(designated).getAttribute('aria-label')).toContain(lang === 'en' ? '30 October 2019 or 31 October 2019' : '30 Oktober 2019 atau 31 Oktober 2019');
    // The legend explains every kind of mark.
    expect(await tl.legend.getByRole('listitem').count()).toBe(6);
    await context.close();
  });

  test('arrow keys move between events in time order; Enter opens the details and updates the URL', async () => {
    const { page, context, problems } = await openTimeline(lang);
    const tl = timeline(page, lang);
    await tl.reset.focus();
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(expected[0]);
    await page.keyboard.press('ArrowRight');
    expect(await focusedId(page)).toBe(expected[1]);
    await page.keyboard.press('ArrowRight');
    expect(await focusedId(page)).toBe(expected[2]);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedId(page)).toBe(expected[1]);
    await page.keyboard.press('End');
    expect(await focusedId(page)).toBe(expected.at(-1));
    await page.keyboard.press('Home');
    expect(await focusedId(page)).toBe(expected[0]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const id = expected[1]!;
    await page.waitForURL(`**/${lang}/timeline/#${id}`);
    const details = tl.entry(id);
    expect(await details.isVisible()).toBe(true);
    expect(await tl.entries.count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    expect(await details.getByRole('heading', { level: 3 }).evaluate((h) => h === document.activeElement)).toBe(true);
    // Sources with quotes (from the fact's page, every one of them), the fact, and the city and programme pages.
    const factPage = distPage(`/${lang}/facts/${model.event(id).data.fact.id}/`);
    const quotes = factPage.querySelectorAll('article.fact-page ul.citations blockquote').length;
    expect(quotes).toBeGreaterThan(0);
    await expect.poll(() => details.getByRole('blockquote').count(), { timeout: 10_000 }).toBe(quotes);
    expect(await details.getByRole('link').and(page.locator(`[href^="/${lang}/facts/"]`)).count()).toBeGreaterThan(0);
    const onEventsPage = details.getByRole('link', { name: WORDS[lang].onEventsPage, exact: true });
    expect(await onEventsPage.count()).toBe(1);
    expect(await onEventsPage.getAttribute('href')).toBe(eventAt(lang, id));
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await focusedId(page)).toBe(id);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a disputed event\'s details show its values by source with their quotes, laid out as on its fact page', async () => {
    const { page, context, problems } = await openTimeline(lang, {}, `#${designated}`);
    const details = timeline(page, lang).entry(designated);
    const grid = details.locator('.claim-grid');
    await grid.waitFor();
    const claims = distPage(`/${lang}/facts/${model.event(designated).data.fact.id}/`).querySelectorAll('.claim-grid > .claim').length;
    expect(claims).toBeGreaterThan(1);
    expect(await grid.locator(':scope > .claim').count()).toBe(claims);
    expect(await grid.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    expect(await details.locator('.claim[data-adopted="true"]').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    expect(await axeViolations(page)).toEqual([]);
    // A second event's quotes, then the whole list: the quotes of both are there, and no two landmarks share a name.
    const other = expected.find((id) => id !== designated && model.fact(model.event(id).data.fact.id).data.sources?.some((c) => c.quote))!;
    await page.evaluate((id) => (location.hash = `#${id}`), other);
    await expect.poll(() => timeline(page, lang).entry(other).getByRole('blockquote').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: WORDS[lang].showList }).click();
    expect(await timeline(page, lang).entries.count()).toBe(expected.length);
    expect(await page.getByRole('region').filter({ has: page.getByRole('blockquote') }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('an event the page does not list (past the list limit) gets its details from its data and its fact page', async () => {
    const { page, context, problems } = await openTimeline(lang);
    const { entries } = timeline(page, lang);
    // The chart draws one event more than the page lists: a copy of the designation under another id.
    const source = model.event(designated);
    const factId = source.data.fact.id;
    const label = lang === 'en' ? 'An event this page does not list' : 'Peristiwa yang tidak dicantumkan halaman ini';
    await page.evaluate(async ({ id, label }) => {
      const el = document.querySelector('event-timeline') as HTMLElement & { data: unknown; dataset: DOMStringMap };
      const data = await (await fetch(el.dataset.src!)).json();
      const copy = { ...data.items.find((i: { id: string }) => i.id === id), id: 'not-listed', label };
      copy.name = `${label}. ${copy.name.split('. ').slice(1).join('. ')}`;
      el.data = { ...data, items: [...data.items, copy] };
    }, { id: designated, label });
    expect(await page.locator('#not-listed').count()).toBe(0);
    await page.evaluate(() => (location.hash = '#not-listed'));
    const made = page.locator('li#not-listed');
    await made.getByRole('heading', { level: 3, name: label, exact: true }).waitFor();
    expect(await entries.count()).toBe(1);
    expect(await made.locator('.meta').first().innerText()).toContain(lang === 'en' ? '31 October 2019' : '31 Oktober 2019');
    const link = made.getByRole('link', { name: WORDS[lang].onEventsPage, exact: true });
    expect(await link.getAttribute('href')).toBe(eventAt(lang, designated));
    expect(await made.getByRole('link', { name: WORDS[lang].permalink, exact: true }).getAttribute('href')).toBe(`/${lang}/facts/${factId}/`);
    // The statement, its status and every quote come from the fact's page.
    const quotes = distPage(`/${lang}/facts/${factId}/`).querySelectorAll('article.fact-page ul.citations blockquote').length;
    await expect.poll(() => made.getByRole('blockquote').count(), { timeout: 10_000 }).toBe(quotes);
    expect(await made.innerText()).toContain(model.fact(factId).data.statement[lang]);
    expect(await made.locator('.badge[data-status="disputed"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    // In the whole list it is not shown: the list holds what the page lists.
    await page.getByRole('button', { name: WORDS[lang].showList }).click();
    expect(await made.isVisible()).toBe(false);
    expect(await entries.count()).toBe(expected.length);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('filters by city and by programme', async () => {
    const { page, context } = await openTimeline(lang);
    await page.getByLabel(lang === 'en' ? 'City' : 'Kota', { exact: true }).selectOption('busan');
    expect((await drawnIds(page, lang)).sort()).toEqual(involving('cities', 'busan').sort());
    await page.getByLabel(lang === 'en' ? 'City' : 'Kota', { exact: true }).selectOption('');
    await page.getByLabel(lang === 'en' ? 'Programme' : 'Program', { exact: true }).selectOption('ambon-hamamatsu-sister-city');
    const hamamatsu = involving('programs', 'ambon-hamamatsu-sister-city');
    expect((await drawnIds(page, lang)).sort()).toEqual(hamamatsu.sort());
    expect(await timeline(page, lang).count.innerText()).toContain(`${hamamatsu.length}`);
    // Lanes by programme keep the same events.
    await page.getByLabel(lang === 'en' ? 'Lanes' : 'Lajur', { exact: true }).selectOption('program');
    expect((await drawnIds(page, lang)).sort()).toEqual(hamamatsu.sort());
    await context.close();
  });

  test('a deep link opens its event, and choosing another updates the URL', async () => {
    const { page, context } = await openTimeline(lang, {}, `#${planned}`);
    const tl = timeline(page, lang);
    await tl.event(planned).and(page.locator('[aria-current="true"]')).waitFor();
    expect(await tl.entry(planned).isVisible()).toBe(true);
    expect(await tl.entries.count()).toBe(1);
    expect(await tl.entry(planned).locator('.badge[data-status="planned"]').innerText()).toBe(lang === 'en' ? 'Planned' : 'Direncanakan');
    await tl.event(windowed).click();
    await page.waitForURL(`**/${lang}/timeline/#${windowed}`);
    expect(await tl.entry(windowed).isVisible()).toBe(true);
    expect(await tl.entry(planned).isVisible()).toBe(false);
    await context.close();
  });

  test('a malformed link fragment opens the whole timeline, without errors', async () => {
    const { page, context, problems } = await openTimeline(lang, {}, '#%E0');
    expect((await drawnIds(page, lang)).sort()).toEqual([...expected].sort());
    expect(await timeline(page, lang).events.and(page.locator('[aria-current="true"]')).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('zooms and pans by mouse, buttons and keys, with month names in the page language', async () => {
    const { page, context } = await openTimeline(lang);
    const tl = timeline(page, lang);
    const last = expected.at(-1)!;
    const box = (await tl.chart.boundingBox())!;
    const before = await markX(page, lang, last);
    // Ctrl + wheel zooms at the pointer.
    await page.mouse.move(box.x + 50, box.y + 100);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await page.waitForTimeout(100);
    const zoomed = await markX(page, lang, last);
    expect(zoomed).toBeGreaterThan(before + 50);
    // Dragging pans.
    await page.mouse.move(box.x + 600, box.y + 60);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, box.y + 60, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(100);
    expect(await markX(page, lang, last)).toBeCloseTo(zoomed - 200, -1);
    // Buttons and keys.
    await tl.reset.click();
    expect(await markX(page, lang, last)).toBeCloseTo(before, 0);
    await tl.event(expected[0]!).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    const ticks = await page.$$eval('.tl-axis .tick text', (t) => t.map((n) => n.textContent));
    expect(ticks.some((t) => (lang === 'en' ? ['Oct', 'Nov', 'Dec'] : ['Okt', 'Nov', 'Des']).includes(t!)), ticks.join(' ')).toBe(true);
    expect(ticks.some((t) => (lang === 'en' ? ['Okt', 'Des'] : ['Oct', 'Dec']).includes(t!))).toBe(false);
    await page.keyboard.press('0');
    expect(await markX(page, lang, last)).toBeCloseTo(before, 0);
    await context.close();
  });

  test('turns vertical at 390 px, with no sideways scrolling and every mark drawn', async () => {
    const { page, context, problems } = await openTimeline(lang, { width: 390, height: 844 });
    expect(await page.getAttribute('event-timeline', 'data-orientation')).toBe('vertical');
    expect((await drawnIds(page, lang)).sort()).toEqual([...expected].sort());
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const svg = (await timeline(page, lang).chart.boundingBox())!;
    expect(svg.x + svg.width).toBeLessThanOrEqual(390);
    expect(svg.height).toBeGreaterThan(svg.width);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('without JavaScript: the same events as an ordered list, with their facts and links', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${baseUrl()}/${lang}/timeline/`);
    const tl = timeline(page, lang);
    // The chart's part of the island has no role of its own.
    expect(await page.locator('.tl-app').isVisible()).toBe(false);
    expect(await page.locator('event-timeline').getByRole('button').count()).toBe(0);
    expect(await tl.entries.evaluateAll((lis) => lis.map((li) => li.id))).toEqual(expected);
    for (const id of expected) {
      const li = tl.entry(id);
      expect(await li.isVisible()).toBe(true);
      expect(await li.getByRole('link').and(page.locator(`[href="/${lang}/facts/${model.event(id).data.fact.id}/"]`)).count(), id).toBeGreaterThan(0);
      expect(await li.locator('.badge').first().innerText()).not.toBe('');
    }
    const designation = await tl.entry(designated).innerText();
    expect(designation).toContain(lang === 'en' ? '30 October 2019 or 31 October 2019' : '30 Oktober 2019 atau 31 Oktober 2019');
    expect(await tl.entry(windowed).innerText()).toContain(lang === 'en' ? 'uncertain' : 'tidak pasti');
    await context.close();
  });

  test.each([
    ['code', '**/_astro/timeline-ui.*.js'],
    ['events file', `**/${lang}/timeline.json`],
  ])('when the chart’s %s cannot load, the ordered list stays, without page errors', async (_, url) => {
    const w = await openPage(browser);
    await w.page.route(url, (route) => route.abort('failed'));
    await w.page.goto(`${baseUrl()}/${lang}/timeline/`);
    await w.page.waitForLoadState('networkidle');
    expect(await w.page.locator('event-timeline').getAttribute('data-failed')).toBe('');
    expect(await w.page.locator('.tl-app').isVisible()).toBe(false);
    expect(await timeline(w.page, lang).entries.count()).toBe(expected.length);
    expect(w.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await w.context.close();
  });

  test('"show all as a list" shows every shown event, with zero axe violations', async () => {
    const { page, context } = await openTimeline(lang);
    const { entries } = timeline(page, lang);
    expect(await entries.count()).toBe(0);
    const toggle = page.getByRole('button', { name: WORDS[lang].showList });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await entries.count()).toBe(expected.length);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('dark colour scheme has no contrast violations', async () => {
    const { page, context } = await openTimeline(lang, { colorScheme: 'dark' }, `#${designated}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('on a touch screen', () => {
  /** Sends touches through the DevTools protocol: one or two fingers, moved in steps. */
  async function swipe(w: Watched, from: [number, number][], to: [number, number][]) {
    const cdp = await w.context.newCDPSession(w.page);
    const points = (ps: [number, number][]) => ps.map(([x, y], id) => ({ x, y, id }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
    for (let i = 1; i <= 10; i++) {
      const step = from.map(([x, y], j) => [x + ((to[j]![0] - x) * i) / 10, y + ((to[j]![1] - y) * i) / 10] as [number, number]);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(step) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await w.page.waitForTimeout(100);
  }

  async function openTouch(width: number) {
    const context = await browser.newContext({ viewport: { width, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/en/timeline/`);
    const { chart, events } = timeline(page, 'en');
    await events.first().waitFor();
    // The chart takes gestures once it is drawn, which on a busy machine comes a while after its list.
    await page.waitForSelector('event-timeline[data-orientation]');
    await chart.evaluate((s) => window.scrollTo(0, s.getBoundingClientRect().top + scrollY - 10));
    const box = (await chart.boundingBox())!;
    return { w: { page, context, problems: [], outside: [] } as Watched, box };
  }

  test('across: a pinch zooms and a one-finger swipe pans, without choosing an event', async () => {
    const { w, box } = await openTouch(1024);
    const last = expected.at(-1)!;
    const [cx, cy] = [box.x + box.width / 2, box.y + 150];
    const before = await markX(w.page, 'en', last);
    await swipe(w, [[cx - 30, cy], [cx + 30, cy]], [[cx - 120, cy], [cx + 120, cy]]);
    const zoomed = await markX(w.page, 'en', last);
    expect(zoomed).toBeGreaterThan(before + 100);
    await swipe(w, [[cx, cy]], [[cx - 150, cy]]);
    expect(await markX(w.page, 'en', last)).toBeCloseTo(zoomed - 150, -1);
    expect(new URL(w.page.url()).hash).toBe('');
    await w.context.close();
  });

  test('down (phone): a pinch makes the timeline longer', async () => {
    const { w, box } = await openTouch(390);
    const [cx, cy] = [box.x + box.width / 2, box.y + 150];
    await swipe(w, [[cx, cy - 30], [cx, cy + 30]], [[cx, cy - 90], [cx, cy + 90]]);
    const after = (await timeline(w.page, 'en').chart.boundingBox())!;
    // How far one pinch zooms depends on how many of its moves the page sees; clearly longer is what counts.
    expect(after.height).toBeGreaterThan(box.height * 1.2);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await w.context.close();
  });
});
