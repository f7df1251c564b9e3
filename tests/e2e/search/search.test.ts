import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage } from '../../helpers/browser';

type Lang = 'id' | 'en';
const OTHER: Record<Lang, Lang> = { id: 'en', en: 'id' };

/** What a reader types, and the page and anchor it must find among the first results. */
const QUERIES: Record<Lang, [kind: string, query: string, expected: string][]> = {
  en: [
    ['a city', 'Hamamatsu', '/en/cities/hamamatsu/'],
    ['a person', 'Rico Hayat', '/en/facts/rico-hayat-tourism-office-head/'],
    ['an institution', 'Ambon Music Office', '/en/facts/ambon-music-office/'],
    // Only in the Indonesian quote that the English fact card shows in its own language.
    ['an Indonesian-only term', 'Disbudpar', '/en/facts/rico-hayat-tourism-office-head/'],
  ],
  id: [
    ['a city', 'Busan', '/id/cities/busan/'],
    ['a person', 'Ronny Loppies', '/id/facts/ambon-music-office/'],
    ['an institution', 'Ambon Music Office', '/id/facts/ambon-music-office/'],
    ['an Indonesian-only term', 'persampahan', '/id/programs/ambon-hamamatsu-sister-city/'],
  ],
};

/** Words found only in the other language's text: the toggle must bring them in. */
const OTHER_ONLY: Record<Lang, [query: string, expected: string]> = {
  en: ['menjabat', '/id/facts/samson-term/'],
  id: ['spelled', '/en/facts/rico-hayat-tourism-office-head/'],
};

/** Accessible names the tests find search's parts by. */
const NAMES = {
  id: { box: 'Cari fakta, kota, peristiwa, sumber', form: 'Cari di situs ini', own: 'Hasil dalam bahasa Indonesia', other: 'Hasil dalam bahasa Inggris', counterpart: /^Versi bahasa Indonesia/ },
  en: { box: 'Search facts, cities, events, sources', form: 'Search this site', own: 'Results in English', other: 'Results in Bahasa Indonesia', counterpart: /^English version/ },
} as const;


let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Where a search box lives: the search page's main area, or the header every page has (its banner landmark). */
type Scope = 'main' | 'banner';
const area = (page: Page, scope: Scope = 'main') => page.getByRole(scope);
const searchBox = (page: Page, lang: Lang) => area(page, 'banner').getByRole('searchbox', { name: NAMES[lang].box });
/** Result items; a title link is marked `data-result`, which tells it from the item's other-language link. */
const items = (page: Page, scope: Scope = 'main') => area(page, scope).getByRole('listitem').filter({ has: page.locator('a[data-result]') });
// Counted in the DOM, hidden or not, so that "no results" also means none rendered out of sight.
const results = (page: Page, scope: Scope = 'main') => area(page, scope).locator('.search-result a[data-result]');
const hrefs = (page: Page, scope: Scope = 'main') => results(page, scope).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
const status = (page: Page, scope: Scope = 'main') => area(page, scope).getByRole('status');
const panel = (page: Page, scope: Scope = 'main') => area(page, scope).locator('[data-panel]');

/** Resolves when the search in `scope` has settled: results shown and announced, or a failure said. */
const settled = (page: Page, scope: Scope = 'main') => area(page, scope).locator('site-search:is([data-state=done], [data-state=failed])').waitFor({ timeout: 15_000 });

/** Opens the search page with a query string and waits until the results are announced. */
async function searchPage(page: Page, lang: Lang, query: string) {
  await page.goto(`${baseUrl()}/${lang}/search/${query}`);
  await settled(page);
}

describe.each(['id', 'en'] as const)('search in %s', (lang) => {
  test('loads nothing of search until the reader starts, then finds from the header box', async () => {
    const { page, context, problems, outside } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl()}/${lang}/facts/`);
    await page.waitForLoadState('networkidle');
    const searchCode = (p: string) => p.startsWith('/pagefind/') || /\/search-ui\.[\w-]+\.js$/.test(p);
    expect(requests.filter(searchCode)).toEqual([]);
    await page.keyboard.press('/');
    const input = searchBox(page, lang);
    // With three other browsers busy on two cores, one round trip to the page can take longer than the poll's usual
    // second; the box must still end up with the cursor.
    await expect.poll(() => input.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    const [, query, expected] = QUERIES[lang][0]!;
    await page.keyboard.type(query);
    await expect.poll(() => hrefs(page, 'banner'), { timeout: 15_000 }).toContain(expected);
    expect(requests.some((p) => p === `/pagefind/${lang}/pagefind.js`)).toBe(true);
    // The UI chunk is among what loads now, so the check above that it had not loaded looks for the right file.
    expect(requests.filter(searchCode).some((p) => !p.startsWith('/pagefind/'))).toBe(true);
    // Results for the first letters can already list the page; the search settles on the whole query.
    await expect.poll(() => status(page, 'banner').textContent(), { timeout: 15_000 }).toContain(query);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  test.each(QUERIES[lang])('finds %s (%s) at its page and anchor', async (_kind, query, expected) => {
    const { page, context, problems } = await openPage(browser);
    await searchPage(page, lang, `?q=${encodeURIComponent(query)}`);
    const found = await hrefs(page);
    expect(found.slice(0, 3), found.join(' ')).toContain(expected);
    await results(page).and(page.locator(`[href="${expected}"]`)).first().click();
    await page.waitForURL(`**${expected}`);
    const hash = expected.split('#')[1];
    if (hash) expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(hash);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('shows each result’s kind and date, with the query marked in the excerpt', async () => {
    const { page, context } = await openPage(browser);
    await searchPage(page, lang, '?q=Rico+Hayat');
    const first = items(page).first();
    expect(await first.getAttribute('data-kind')).toBe('fact');
    expect(await first.locator('.search-kind').textContent()).toBe(lang === 'id' ? 'Fakta' : 'Fact');
    expect(await first.getByRole('time').getAttribute('datetime')).toMatch(/^\d{4}/);
    expect(await first.locator('.search-excerpt mark').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('filters by kind and by city narrow the results', async () => {
    const { page, context, problems } = await openPage(browser);
    const facts = (await (await page.request.get(`${baseUrl()}/data/facts.json`)).json()) as { id: string; cities: string[] }[];
    const inBusan = new Set(facts.filter((f) => f.cities.includes('busan')).map((f) => `/${lang}/facts/${f.id}/`));
    await searchPage(page, lang, '?q=UNESCO');
    const count = async () => Number((await status(page).textContent())!.match(/\d+/)![0]);
    const all = await count();
    const kinds = page.getByRole('group', { name: lang === 'id' ? 'Jenis' : 'Kind' });
    await kinds.getByRole('checkbox', { name: lang === 'id' ? /^Fakta/ : /^Fact/ }).check();
    await expect.poll(() => page.url()).toContain('kind=fact');
    await expect.poll(count).toBeLessThan(all);
    const onlyFacts = await count();
    await expect.poll(async () => (await items(page).evaluateAll((li) => [...new Set(li.map((l) => l.getAttribute('data-kind')))]))).toEqual(['fact']);
    await page.getByRole('group', { name: lang === 'id' ? 'Kota' : 'City' }).getByRole('checkbox', { name: /^Busan/ }).check();
    await expect.poll(count).toBeLessThan(onlyFacts);
    for (const href of await hrefs(page)) expect(inBusan.has(href!), href!).toBe(true);
    expect(page.url()).toContain('city=busan');
    // The counts beside each filter follow the query.
    await expect.poll(() => kinds.getByRole('checkbox', { name: lang === 'id' ? /^Fakta/ : /^Fact/ }).evaluate((el) => el.closest('label')!.textContent)).toMatch(/\(\d+\)/);
    await page.getByRole('button', { name: lang === 'id' ? 'Hapus saringan' : 'Clear filters' }).click();
    await expect.poll(() => page.url()).not.toContain('city=');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('keeps notes about the sources themselves out of the results until asked for, and shows no box that finds nothing', async () => {
    const { page, context, problems } = await openPage(browser);
    const note = (found: (string | null)[]) => found.some((href) => href?.startsWith(`/${lang}/facts/`) && href.includes('sesdilu-story-byline'));
    await searchPage(page, lang, '?q=Penina');
    expect(note(await hrefs(page))).toBe(false);
    const chips = page.locator('.search-chip');
    // The counts arrive after the results; then the boxes that would find nothing go.
    await expect.poll(() => chips.filter({ visible: false }).count()).toBeGreaterThan(0);
    expect(await chips.filter({ visible: true }).allInnerTexts()).not.toContainEqual(expect.stringMatching(/\(0\)/));
    const notes = page.getByRole('checkbox', { name: lang === 'id' ? /^Catatan tentang sumber/ : /^Note on a source/ });
    await expect.poll(() => notes.evaluate((el) => el.closest('label')!.textContent)).toMatch(/\([1-9]\d*\)/);
    await notes.check();
    await expect.poll(async () => note(await hrefs(page)), { timeout: 15_000 }).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the other-language switch adds that language’s results, linked to this language’s version', async () => {
    const { page, context, problems } = await openPage(browser);
    const [query, expected] = OTHER_ONLY[lang];
    await searchPage(page, lang, `?q=${query}`);
    expect(await hrefs(page)).toEqual([]);
    // Before the reader includes the other language, the page says how many results it has, beside the box too.
    const both = page.getByRole('checkbox', { name: lang === 'id' ? /^Sertakan hasil dalam bahasa Inggris/ : /^Include results in Bahasa Indonesia/ });
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(lang === 'id' ? /\d+ hasil dalam bahasa Inggris\.$/ : /\d+ results? in Bahasa Indonesia\.$/);
    const available = Number((await status(page).textContent())!.match(/(\d+) (hasil|results?) (dalam|in)/)![1]);
    expect(available).toBeGreaterThan(0);
    expect(await both.evaluate((el) => el.closest('label')!.textContent)).toContain(`(${available})`);
    await both.check();
    await expect.poll(() => hrefs(page), { timeout: 15_000 }).toContain(expected);
    const other = area(page).getByRole('region', { name: NAMES[lang].other });
    expect(await other.getAttribute('lang')).toBe(OTHER[lang]);
    expect(await other.getByRole('heading').textContent()).toBe(lang === 'id' ? 'Hasil dalam bahasa Inggris' : 'Results in Bahasa Indonesia');
    const item = other.getByRole('listitem').filter({ has: page.locator(`a[href="${expected}"]`) });
    expect(await item.getByRole('link', { name: NAMES[lang].counterpart }).getAttribute('href')).toBe(expected.replace(`/${OTHER[lang]}/`, `/${lang}/`));
    expect(await status(page).textContent()).toMatch(lang === 'id' ? /bahasa Inggris/ : /Bahasa Indonesia/);
    expect(page.url()).toContain('both=1');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('is usable by keyboard alone from the header box', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/${lang}/`);
    await page.keyboard.press('/');
    await page.keyboard.type(QUERIES[lang][0]![1]);
    await expect.poll(() => results(page, 'banner').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-result'))).toBe('');
    const firstHref = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(firstHref);
    await page.keyboard.press('Escape');
    expect(await panel(page, 'banner').isHidden()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
    // Enter goes to the search page, with the words, for filters and more results.
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${lang}/search/?q=*`);
    await expect.poll(() => hrefs(page), { timeout: 15_000 }).toContain(QUERIES[lang][0]![2]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('search page with results in both languages and the header panel: zero axe violations', async () => {
    const { page, context, problems, outside } = await openPage(browser);
    await searchPage(page, lang, '?q=Ambon&both=1');
    await expect.poll(() => area(page).getByRole('region').count()).toBe(2);
    expect(await area(page).getByRole('region', { name: NAMES[lang].own }).count()).toBe(1);
    expect(await area(page).getByRole('region', { name: NAMES[lang].other }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${baseUrl()}/${lang}/cities/busan/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Busan');
    await expect.poll(() => results(page, 'banner').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  test('results in the dark colour scheme: zero axe violations', async () => {
    const { page, context } = await openPage(browser, { colorScheme: 'dark' });
    await searchPage(page, lang, '?q=Busan&kind=fact&kind=city');
    expect(await results(page).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('the search page fits a 320 px screen', async () => {
    const { page, context } = await openPage(browser, { width: 320, height: 640 });
    await searchPage(page, lang, '?q=Ambon&both=1');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('the header box fits a 320 px screen and its results stay on screen', async () => {
    const { page, context } = await openPage(browser, { width: 320, height: 640 });
    await page.goto(`${baseUrl()}/${lang}/`);
    // On a phone the box is one tap away, behind the header's search button; opening it puts the cursor in it.
    expect(await searchBox(page, lang).isVisible()).toBe(false);
    await area(page, 'banner').locator('summary').filter({ hasText: lang === 'id' ? 'Cari' : 'Search' }).click();
    await expect.poll(() => searchBox(page, lang).evaluate((el) => el === document.activeElement)).toBe(true);
    await searchBox(page, lang).fill('Ambon');
    await expect.poll(() => results(page, 'banner').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const box = await panel(page, 'banner').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('without JavaScript the search page says so and links to the facts, events and sources', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${baseUrl()}/${lang}/`);
    await searchBox(page, lang).fill('Ambon');
    await searchBox(page, lang).press('Enter');
    await page.waitForURL(`**/${lang}/search/?q=Ambon`);
    const fallback = area(page).locator('[data-fallback]');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.textContent()).toContain(lang === 'id' ? 'memerlukan JavaScript' : 'needs JavaScript');
    expect(await fallback.getByRole('link').evaluateAll((a) => a.map((l) => l.getAttribute('href')))).toEqual([`/${lang}/facts/`, `/${lang}/events/`, `/${lang}/sources/`]);
    const form = area(page).getByRole('search', { name: NAMES[lang].form, includeHidden: true });
    expect(await form.count()).toBe(1);
    expect(await form.isHidden()).toBe(true);
    await context.close();
  });

  test('the search page has its index ready before the reader types, on the page and not in a worker', async () => {
    const { page, context, problems } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl()}/${lang}/search/`);
    await page.waitForLoadState('networkidle');
    const index = requests.filter((p) => p.startsWith(`/pagefind/${lang}/`)).map((p) => p.replace(/[._][0-9a-f]{6,}\./, '.'));
    expect(index).toEqual(expect.arrayContaining([`/pagefind/${lang}/pagefind.js`, `/pagefind/${lang}/wasm.${lang}.pagefind`, `/pagefind/${lang}/pagefind.${lang}.pf_meta`, `/pagefind/${lang}/filter/${lang}.pf_filter`]));
    expect(requests.filter((p) => p.includes('worker'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('says so, with the lists to browse, when the index cannot be loaded', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await searchPage(page, lang, '?q=Ambon');
    expect(await status(page).textContent()).toContain(lang === 'id' ? 'tidak dapat dimuat' : 'could not be loaded');
    expect(await area(page).locator('.search-problem').getByRole('link').count()).toBe(3);
    await context.close();
  });
});
