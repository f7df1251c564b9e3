import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage } from '../helpers/browser';
import { SECTIONS } from '../../src/lib/site/sections';
import { paths } from '../../src/lib/urls';
import { LANG_NAMES, type Lang } from '../../src/i18n/langs';

/**
 * Every section of the site, and one page of each kind below them, as `[name, path of the language]`. The map page
 * is one of them: it asks no outside host for anything until the reader turns street tiles on.
 */
const PAGE_TYPES: [string, (lang: Lang) => string][] = [
  ...SECTIONS.map((s) => [s.id, s.path] as [string, (lang: Lang) => string]),
  ['city', (lang) => paths.city(lang, 'hamamatsu')],
  ['program', (lang) => paths.program(lang, 'ambon-hamamatsu-sister-city')],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Registers this file's tests for the given languages, and with `shared` those that are not per language. */
export function pageTests(langs: readonly Lang[], shared: boolean) {
  describe.each(langs)('every page type in %s', (lang) => {
    test.each(PAGE_TYPES)('%s: one h1, right language, no errors, no outside requests, zero axe violations; no sideways scrolling at 320 px', async (_name, pattern) => {
      const { page, context, problems, outside } = await openPage(browser);
      const response = await page.goto(baseUrl() + pattern(lang));
      expect(response?.status()).toBe(200);
      // Text pages are done at load; the timeline draws its chart after, so wait for that before checking.
      if (await page.locator('event-timeline').count()) await page.waitForSelector('event-timeline[data-orientation]');
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await page.getByRole('main').count()).toBe(1);
      expect(await page.getByRole('navigation').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      // The same page on a 320 px screen, once its layout has settled: nothing wider than the screen.
      await page.setViewportSize({ width: 320, height: 640 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, pattern(lang)).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      expect(outside).toEqual([]);
      await context.close();
    });

    test('the language switcher leads to the same page in the other language', async () => {
      const { page, context } = await openPage(browser);
      await page.goto(`${baseUrl()}/${lang}/cities/busan/`);
      const other = lang === 'id' ? 'en' : 'id';
      await page.getByRole('banner').getByRole('link', { name: LANG_NAMES[other], exact: true }).click();
      await page.waitForURL(`**/${other}/cities/busan/`);
      expect(await page.getAttribute('html', 'lang')).toBe(other);
      await context.close();
    });

    test('on a 390 px phone the header is one row under 72 px; search, language and the menu are one tap each, with or without JavaScript', async () => {
      for (const javaScript of [false, true]) {
        const { page, context } = await openPage(browser, { width: 390, height: 844, javaScript });
        await page.goto(`${baseUrl()}/${lang}/cities/busan/`);
        const banner = page.getByRole('banner');
        expect((await banner.boundingBox())!.height, `script ${javaScript}`).toBeLessThanOrEqual(72);
        const other = lang === 'id' ? 'en' : 'id';
        expect(await banner.getByRole('link', { name: LANG_NAMES[other], exact: true }).isVisible()).toBe(true);
        const nav = page.getByRole('navigation', { name: lang === 'id' ? 'Navigasi utama' : 'Main navigation' });
        expect(await nav.isVisible()).toBe(false);
        await banner.locator('summary').filter({ hasText: 'Menu' }).click();
        await nav.getByRole('link', { name: lang === 'id' ? 'Linimasa' : 'Timeline', exact: true }).click();
        await page.waitForURL(`**/${lang}/timeline/`);
        await banner.locator('summary').filter({ hasText: lang === 'id' ? 'Cari' : 'Search' }).click();
        expect(await banner.getByRole('searchbox').isVisible()).toBe(true);
        await context.close();
      }
    });

    test('dark colour scheme has no contrast violations on the facts page', async () => {
      const { page, context } = await openPage(browser, { colorScheme: 'dark' });
      await page.goto(`${baseUrl()}/${lang}/facts/`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  });
  if (!shared) return;
  describe('layout stability', () => {
    test('the map, the timeline and search do not move the page as they load (Indonesian, the longer words)', async () => {
      const lang = 'id';
      const { page, context } = await openPage(browser, { width: 390, height: 844 });
      for (const [path, ready] of [
        [paths.map(lang), 'city-map[data-state="ready"][data-basemap="outlines"]'],
        [paths.timeline(lang), 'event-timeline[data-orientation]'],
        [`${paths.search(lang)}?q=Ambon`, 'main site-search[data-state="done"]'],
      ] as const) {
        await page.goto(baseUrl() + path);
        await page.waitForSelector(ready);
        await page.waitForTimeout(300);
        const shift = await page.evaluate(
          () => new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              resolve(list.getEntries().reduce((sum, e) => sum + ((e as unknown as { hadRecentInput: boolean }).hadRecentInput ? 0 : (e as unknown as { value: number }).value), 0));
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(0), 500);
          }),
        );
        expect(shift, path).toBeLessThanOrEqual(0.02);
      }
      await context.close();
    });
  });

  describe('the root page', () => {
    test('offers both languages without JavaScript', async () => {
      const { page, context } = await openPage(browser, { javaScript: false });
      await page.goto(`${baseUrl()}/`);
      expect(await page.getByRole('link', { name: 'Bahasa Indonesia' }).getAttribute('href')).toBe('/id/');
      expect(await page.getByRole('link', { name: 'English' }).getAttribute('href')).toBe('/en/');
      await context.close();
    });

    test.each([
      ['id-ID', '/id/'],
      ['en-US', '/en/'],
    ])('chooses from the browser language %s', async (locale, expected) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/`);
      await page.waitForURL(`**${expected}`);
      expect(new URL(page.url()).pathname).toBe(expected);
      await context.close();
    });
  });

  describe('a missing page', () => {
    test('answers 404 with a page in both languages that links home, with zero axe violations', async () => {
      const { page, context, problems, outside } = await openPage(browser);
      const response = await page.goto(`${baseUrl()}/en/cities/atlantis/`);
      expect(response?.status()).toBe(404);
      await page.waitForLoadState('networkidle');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await page.locator('main [lang="id"]').count()).toBeGreaterThan(0);
      expect(await page.getByRole('main').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/en/', '/en/facts/', '/id/', '/id/facts/']);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
      expect(outside).toEqual([]);
      await context.close();
    });
  });
}
