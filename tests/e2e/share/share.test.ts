import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, baseUrl, launch, openPage } from '../../helpers/browser';
import { SITE } from '../../helpers/dist';

const PROGRAMME = '/en/programs/ambon-hamamatsu-sister-city/';
const CITY = '/id/cities/hamamatsu/';
const short = (id: string) => `${SITE}/go/${id}/`;
/** Another site, on another port: a page that frames two embeds with deep links and one ordinary page. */
const OTHER_PORT = Number(process.env.E2E_PORT ?? 4329) + 1;

let browser: Browser;
let other: Server;
beforeAll(async () => {
  browser = await launch();
  const html = `<!doctype html><html lang="en"><title>Another site</title><body>
    <iframe id="map" title="Map" width="900" height="640" src="${baseUrl()}/embed/en/map/#hamamatsu"></iframe>
    <iframe id="timeline" title="Timeline" width="900" height="720" src="${baseUrl()}/embed/id/timeline/#aimf-2024"></iframe>
    <iframe id="page" title="Page" width="900" height="400" src="${baseUrl()}/en/map/"></iframe></body></html>`;
  other = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => other.listen(OTHER_PORT, '127.0.0.1', resolve));
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => other?.close(resolve));
});

const openShare = (page: Page, name: string) => page.locator('share-panel summary', { hasText: name }).click();

describe('the share panel', () => {
  test('copies the short link, offers the share sheet where the browser has one, with zero axe violations', async () => {
    const { page, context, problems } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const codes: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('/qr.svg') && codes.push(new URL(r.url()).pathname)));
    await page.goto(baseUrl() + PROGRAMME, { waitUntil: 'networkidle' });
    // The QR code is a file of its own, fetched when the panel opens, not with the page.
    expect(codes).toEqual([]);
    await openShare(page, 'Share');
    const panel = page.getByRole('region', { name: 'Share this page' });
    await expect.poll(() => codes).toEqual(['/go/ambon-hamamatsu-sister-city/qr.svg']);
    await expect.poll(() => panel.getByRole('link').textContent()).toBe(short('ambon-hamamatsu-sister-city').replace('https://', ''));
    const qr = panel.getByRole('img', { name: /QR code/ });
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);
    await panel.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(short('ambon-hamamatsu-sister-city'));
    expect(await axeViolations(page)).toEqual([]);

    // A browser with a share sheet: the panel offers it, with the short link.
    await page.addInitScript(() => {
      Object.assign(navigator, { share: async (data: ShareData) => void ((window as unknown as { shared: ShareData }).shared = data), canShare: () => true });
    });
    await page.goto(`${baseUrl()}${CITY}`);
    await openShare(page, 'Bagikan');
    await page.getByRole('button', { name: 'Bagikan…' }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.url)).toBe(short('hamamatsu'));
    expect(problems).toEqual([]);
    await context.close();
  });

  test('shows the short link and its QR code without JavaScript', async () => {
    const { page, context } = await openPage(browser, { javaScript: false, width: 390 });
    await page.goto(baseUrl() + CITY);
    await openShare(page, 'Bagikan');
    const panel = page.getByRole('region', { name: 'Bagikan halaman ini' });
    expect(await panel.getByRole('link').textContent()).toBe(short('hamamatsu').replace('https://', ''));
    const qr = panel.getByRole('img', { name: /Kode QR/ });
    const shot = await qr.screenshot();
    const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(short('hamamatsu'));
    expect(await panel.getByRole('button').count()).toBe(0);
    await context.close();
  });
});

describe('a printout', () => {
  /** The PDF Chromium prints: each sheet's text, and a picture of each sheet's bottom-right corner at 100 dpi. */
  async function print(page: Page): Promise<{ texts: string[]; corners: string[] }> {
    const dir = mkdtempSync(join(tmpdir(), 'print-'));
    const pdf = join(dir, 'page.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const texts = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    // A4 at 100 dpi is 827 × 1169 px; the QR code sits in the bottom margin at the right.
    execFileSync('pdftoppm', ['-r', '100', '-gray', '-png', '-x', '560', '-y', '960', '-W', '267', '-H', '209', pdf, join(dir, 'corner')]);
    const corners = readdirSync(dir).filter((f) => f.startsWith('corner')).sort().map((f) => join(dir, f));
    return { texts, corners };
  }

  /** A QR code in a picture, decoded. */
  async function decode(png: string): Promise<string | undefined> {
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
  }

  test.each([
    [PROGRAMME, 'ambon-hamamatsu-sister-city', { printed: 'Printed on', checked: 'Facts last checked', sources: 'Sources: ANTARA News Ambon' }],
    [CITY, 'hamamatsu', { printed: 'Dicetak pada', checked: 'Fakta terakhir diperiksa', sources: 'Sumber: ' }],
  ])('of %s is clean A4 with the short link, its QR code and both dates on every sheet', async (path, id, words) => {
    const { page, context } = await openPage(browser);
    await page.goto(baseUrl() + path);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [page.getByRole('banner'), page.locator('share-panel'), page.getByRole('navigation').first()]) expect(await hidden.isVisible()).toBe(false);
    const { texts, corners } = await print(page);
    expect(corners.length).toBe(texts.length);
    expect(texts.length).toBeGreaterThan(1);
    const all = texts.join('\n');
    expect(all).toContain(words.sources);
    // Markers that lead nowhere on paper are gone: no "[fact]" links, no "#fact-id" permalinks.
    expect(all).not.toMatch(/\[(fact|fakta)\]|#[a-z]+-[a-z-]+\b/);
    for (const [i, text] of texts.entries()) {
      const sheet = `sheet ${i + 1} of ${texts.length}`;
      expect(text.replace(/\s+/g, ''), sheet).toContain(short(id).replace('https://', ''));
      expect(text, sheet).toContain(words.printed);
      expect(text, sheet).toMatch(new RegExp(`${words.checked} \\d+ \\p{L}+ \\d{4}`, 'u'));
      expect(await decode(corners[i]!), sheet).toBe(short(id));
    }
    await context.close();
  });
});

describe('embeds', () => {
  test('open on their deep link inside another site’s frame, lead back to the site, and other pages refuse the frame', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${OTHER_PORT}/`);
    const map = page.frameLocator('#map');
    await expect.poll(() => map.locator('[data-details]').getByRole('heading', { name: 'Hamamatsu' }).isVisible(), { timeout: 10_000 }).toBe(true);
    const timeline = page.frameLocator('#timeline');
    await expect.poll(() => timeline.locator('.tl-entry:visible').evaluateAll((li) => li.map((l) => l.id))).toEqual(['aimf-2024']);
    const [popup] = await Promise.all([page.waitForEvent('popup'), map.getByRole('link', { name: 'View on the site' }).click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`${baseUrl()}/en/map/#hamamatsu`);
    // The ordinary page is refused: its frame never gets the page.
    const refused = page.frames().find((f) => f.name() === '' && f !== page.mainFrame() && !f.url().includes('/embed/'));
    expect(refused?.url()).not.toBe(`${baseUrl()}/en/map/`);
    expect(await page.frameLocator('#page').locator('h1').count()).toBe(0);
    await context.close();
  });

  test.each(['/embed/en/map/', '/embed/id/timeline/'])('%s has zero axe violations and no errors', async (path) => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(baseUrl() + path);
    if (path.includes('timeline')) await page.waitForSelector('event-timeline[data-orientation]');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a short link', () => {
  test.each([
    ['id-ID', '/id/cities/busan/'],
    ['en-US', '/en/cities/busan/'],
  ])('lands a %s reader on the page in their language', async (locale, expected) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/go/busan/`);
    await page.waitForURL(`**${expected}`);
    await context.close();
  });

  test('offers the page in both languages without JavaScript, the reader’s first where it runs, with zero axe violations', async () => {
    const noScript = await openPage(browser, { javaScript: false });
    await noScript.page.goto(`${baseUrl()}/go/busan/`);
    const hrefs = (page: Page) => page.getByRole('main').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(await hrefs(noScript.page)).toEqual(['/id/cities/busan/', '/en/cities/busan/']);
    await noScript.context.close();
    // `?choose` keeps the choice on screen: an English reader sees English first.
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/go/busan/?choose`);
    expect(await hrefs(page)).toEqual(['/en/cities/busan/', '/id/cities/busan/']);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('a text page', () => {
  test('runs only its header script until the reader reaches search, share or cite this, each then loading at once', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/en/about/`);
    await page.waitForLoadState('networkidle');
    const defined = () => page.evaluate(() => ['site-search', 'share-panel', 'cite-this'].filter((name) => customElements.get(name)));
    expect(await defined()).toEqual([]);
    await page.getByRole('searchbox').first().focus();
    await expect.poll(defined).toEqual(['site-search']);
    await page.getByText('Share', { exact: true }).click();
    await expect.poll(defined).toEqual(['site-search', 'share-panel']);
    await expect.poll(() => page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(true);
    await page.getByRole('heading', { name: 'Cite this page' }).click();
    await expect.poll(defined).toEqual(['site-search', 'share-panel', 'cite-this']);
    await expect.poll(() => page.getByRole('button', { name: 'Copy APA' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
