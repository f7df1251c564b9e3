import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage } from '../helpers/browser';

type Lang = 'id' | 'en';
const OTHER: Record<Lang, Lang> = { id: 'en', en: 'id' };

/** What a reader types, and the page and anchor it must find among the first results. */
const QUERIES: Record<Lang, [kind: string, query: string, expected: string][]> = {
  en: [
    ['a city', 'Hamamatsu', '/en/cities/hamamatsu/'],
    ['a person', 'Rico Hayat', '/en/facts/#rico-hayat-tourism-office-head'],
    ['an institution', 'Ambon Music Office', '/en/facts/#ambon-music-office'],
    // Only in the Indonesian quote that the English fact card shows in its own language.
    ['an Indonesian-only term', 'Disbudpar', '/en/facts/#rico-hayat-tourism-office-head'],
  ],
  id: [
    ['a city', 'Busan', '/id/cities/busan/'],
    ['a person', 'Ronny Loppies', '/id/facts/#ambon-music-office'],
    ['an institution', 'Ambon Music Office', '/id/facts/#ambon-music-office'],
    ['an Indonesian-only term', 'persampahan', '/id/programs/ambon-hamamatsu-sister-city/'],
  ],
};

/** Words found only in the other language's text: the toggle must bring them in. */
const OTHER_ONLY: Record<Lang, [query: string, expected: string]> = {
  en: ['menjabat', '/id/facts/#rico-hayat-tourism-office-head'],
  id: ['spelled', '/en/facts/#rico-hayat-tourism-office-head'],
};


let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const results = (page: Page, scope = 'main') => page.locator(`${scope} .search-result a[data-result]`);
const hrefs = (page: Page, scope = 'main') => results(page, scope).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
const status = (page: Page, scope = 'main') => page.locator(`${scope} [role=status]`);

/** Resolves when the search in `scope` has settled: results shown and announced, or a failure said. */
const settled = (page: Page, scope = 'main') => page.locator(`${scope} site-search:is([data-state=done], [data-state=failed])`).waitFor({ timeout: 15_000 });

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
    expect(requests.filter((p) => p.startsWith('/pagefind/') || p.includes('site-search.ui'))).toEqual([]);
    await page.keyboard.press('/');
    const input = page.locator('header input[type=search]');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    const [, query, expected] = QUERIES[lang][0]!;
    await page.keyboard.type(query);
    await expect.poll(() => hrefs(page, 'header'), { timeout: 15_000 }).toContain(expected);
    expect(requests.some((p) => p === `/pagefind/${lang}/pagefind.js`)).toBe(true);
    // Only this language's index is opened unless the reader asks for the other.
    expect(requests.some((p) => p.startsWith(`/pagefind/${OTHER[lang]}/`))).toBe(false);
    expect(await status(page, 'header').textContent()).toContain(query);
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
    const first = page.locator('main .search-result').first();
    expect(await first.getAttribute('data-kind')).toBe('fact');
    expect(await first.locator('.search-kind').textContent()).toBe(lang === 'id' ? 'Fakta' : 'Fact');
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}/);
    expect(await first.locator('.search-excerpt mark').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('filters by kind and by city narrow the results', async () => {
    const { page, context, problems } = await openPage(browser);
    const facts = (await (await page.request.get(`${baseUrl()}/data/facts.json`)).json()) as { id: string; cities: string[] }[];
    const inBusan = new Set(facts.filter((f) => f.cities.includes('busan')).map((f) => `/${lang}/facts/#${f.id}`));
    await searchPage(page, lang, '?q=UNESCO');
    const count = async () => Number((await status(page).textContent())!.match(/\d+/)![0]);
    const all = await count();
    const kinds = page.getByRole('group', { name: lang === 'id' ? 'Jenis' : 'Kind' });
    await kinds.getByRole('checkbox', { name: lang === 'id' ? /^Fakta/ : /^Fact/ }).check();
    await expect.poll(() => page.url()).toContain('kind=fact');
    await expect.poll(count).toBeLessThan(all);
    const onlyFacts = await count();
    await expect.poll(async () => (await page.locator('main .search-result').evaluateAll((li) => [...new Set(li.map((l) => l.getAttribute('data-kind')))]))).toEqual(['fact']);
    await page.getByRole('group', { name: lang === 'id' ? 'Kota' : 'City' }).getByRole('checkbox', { name: /^Busan/ }).check();
    await expect.poll(count).toBeLessThan(onlyFacts);
    for (const href of await hrefs(page)) expect(inBusan.has(href!), href!).toBe(true);
    expect(page.url()).toContain('city=busan');
    // The counts beside each filter follow the query.
    expect(await kinds.getByRole('checkbox', { name: lang === 'id' ? /^Fakta/ : /^Fact/ }).evaluate((el) => el.closest('label')!.textContent)).toMatch(/\(\d+\)/);
    await page.getByRole('button', { name: lang === 'id' ? 'Hapus saringan' : 'Clear filters' }).click();
    await expect.poll(() => page.url()).not.toContain('city=');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the other-language switch adds that language’s results, linked to this language’s version', async () => {
    const { page, context, problems } = await openPage(browser);
    const [query, expected] = OTHER_ONLY[lang];
    await searchPage(page, lang, `?q=${query}`);
    expect(await hrefs(page)).toEqual([]);
    await page.getByRole('checkbox', { name: lang === 'id' ? 'Sertakan hasil dalam bahasa Inggris' : 'Include results in Bahasa Indonesia' }).check();
    await expect.poll(() => hrefs(page), { timeout: 15_000 }).toContain(expected);
    const other = page.locator(`main section[lang="${OTHER[lang]}"]`);
    expect(await other.getByRole('heading').textContent()).toBe(lang === 'id' ? 'Hasil dalam bahasa Inggris' : 'Results in Bahasa Indonesia');
    const item = other.locator('.search-result').filter({ has: page.locator(`a[href="${expected}"]`) });
    expect(await item.locator('.search-counterpart a').getAttribute('href')).toBe(expected.replace(`/${OTHER[lang]}/`, `/${lang}/`));
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
    const panel = page.locator('header [data-panel]');
    await expect.poll(() => results(page, 'header').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-result'))).toBe('');
    const firstHref = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(firstHref);
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
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
    await expect.poll(() => page.locator('main section.search-group').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${baseUrl()}/${lang}/cities/busan/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Busan');
    await expect.poll(() => results(page, 'header').count(), { timeout: 15_000 }).toBeGreaterThan(0);
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
    await page.locator('header input[type=search]').fill('Ambon');
    await expect.poll(() => results(page, 'header').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const box = await page.locator('header [data-panel]').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('without JavaScript the search page says so and links to the facts, events and sources', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${baseUrl()}/${lang}/`);
    await page.locator('header input[type=search]').fill('Ambon');
    await page.locator('header input[type=search]').press('Enter');
    await page.waitForURL(`**/${lang}/search/?q=Ambon`);
    const fallback = page.locator('main [data-fallback]');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.textContent()).toContain(lang === 'id' ? 'memerlukan JavaScript' : 'needs JavaScript');
    expect(await fallback.getByRole('link').evaluateAll((a) => a.map((l) => l.getAttribute('href')))).toEqual([`/${lang}/facts/`, `/${lang}/events/`, `/${lang}/sources/`]);
    expect(await page.locator('main form[role=search]').isHidden()).toBe(true);
    await context.close();
  });

  test('says so, with the lists to browse, when the index cannot be loaded', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await searchPage(page, lang, '?q=Ambon');
    expect(await status(page).textContent()).toContain(lang === 'id' ? 'tidak dapat dimuat' : 'could not be loaded');
    expect(await page.locator('main .search-problem a').count()).toBe(3);
    await context.close();
  });
});
