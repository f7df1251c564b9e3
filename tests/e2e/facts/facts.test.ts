import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage } from '../../helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe.each(['en', 'id'] as const)('a fact page in %s', (lang) => {
  test('has zero axe violations in light and dark, and copies each citation with today as the access day', async () => {
    const { page, context, problems, outside } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await page.goto(`${baseUrl()}/${lang}/facts/ambon-designation/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/UNESCO/);
    expect(await axeViolations(page)).toEqual([]);
    const copy = page.getByRole('button', { name: lang === 'en' ? 'Copy BibTeX' : 'Salin BibTeX' });
    await copy.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'BibTeX' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`accessed ${today()}`);
    expect(copied).toContain('/facts/ambon-designation/');
    expect(copied).toBe(await page.locator('pre[data-format="bibtex"]').textContent());
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});

describe('the facts index', () => {
  test('filters in place with JavaScript, combining city and status, and says so when it filters one page of a longer list; zero axe violations', async () => {
    const { page, context, problems } = await openPage(browser);
    /** Picks filters and returns how many lines show of how many, each of the status picked, and the words said. */
    const filter = async (choices: Record<string, string>) => {
      const total = await page.locator('.fact-line').count();
      for (const [name, value] of Object.entries(choices)) await page.getByRole('combobox', { name }).selectOption(value);
      const shown = page.locator('.fact-line:visible');
      const count = await shown.count();
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(total);
      if (choices['By status']) for (const status of await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))) expect(status).toBe(choices['By status']);
      return { count, total, said: await page.getByRole('status').filter({ hasText: String(count) }).innerText() };
    };
    // A whole list, on one page.
    await page.goto(`${baseUrl()}/en/facts/by/status/disputed/`);
    const whole = await filter({ 'By city': 'ambon' });
    expect(whole.said).toBe(`${whole.count} of ${whole.total} facts shown`);
    // The first page of the index, which lists more on other pages.
    await page.goto(`${baseUrl()}/en/facts/`);
    const first = await filter({ 'By city': 'ambon', 'By status': 'disputed' });
    expect(first.said).toBe(`${first.count} of the ${first.total} facts on this page shown; the list’s other pages are not filtered`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('sends an old #id link whose line is on another page of the index to the fact’s own page', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/en/facts/#ambon-designation`);
    await page.waitForURL('**/en/facts/ambon-designation/');
    await context.close();
  });

  test('without JavaScript, filters are links to lists of their own, and an old #id link lands on its line on the first page', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${baseUrl()}/id/facts/#darwin-sister-city-signing`);
    expect(await page.locator(':target').getAttribute('id')).toBe('darwin-sister-city-signing');
    expect(await page.locator('.filter-form').isVisible()).toBe(false);
    await page.getByRole('navigation', { name: 'Saring fakta' }).getByRole('link', { name: 'Diperdebatkan' }).click();
    await page.waitForURL('**/id/facts/by/status/disputed/');
    const statuses = await page.locator('.fact-line').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['disputed']));
    await page.locator(':target, .fact-line').first().getByRole('link').first().click();
    expect(new URL(page.url()).pathname).toMatch(/^\/id\/facts\/[a-z0-9-]+\/$/);
    expect(await page.locator('pre[data-format="apa"]').textContent()).toMatch(/Diakses/);
    await context.close();
  });
});

describe('the press page', () => {
  test('prints its fact sheet on one A4 page', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/en/press/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { name: 'For the press', level: 1 }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Fact sheet' }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await context.close();
  });
});
