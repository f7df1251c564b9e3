import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage, type Watched } from '../../helpers/browser';

const TILE_HOST = 'tile.openstreetmap.org';
// A 1×1 PNG stands in for OpenStreetMap tiles where a test needs tiles to arrive.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const TEXT = {
  id: {
    markers: [
      'Ambon, Indonesia: Kota Musik UNESCO', 'Hamamatsu, Jepang: Kota Musik UNESCO', 'Morelia, Meksiko: Kota Musik UNESCO', 'Busan, Korea Selatan: Kota Film UNESCO',
      'Darwin, Australia: Kota kembar Ambon', 'Vlissingen, Belanda: Kota kembar Ambon, lokasi perkiraan',
    ],
    names: ['Ambon', 'Hamamatsu', 'Morelia', 'Busan', 'Darwin', 'Vlissingen (perkiraan)'],
    approximate: 'perkiraan',
    gesture: 'Gunakan dua jari untuk menggeser peta',
    map: 'Peta interaktif',
    details: 'Rincian tempat yang dipilih',
    places: 'Tempat di peta',
    tilesFailed: 'Ubin OpenStreetMap tidak dapat dimuat',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    close: 'Tutup rincian',
    sister: 'Kota kembar Ambon',
  },
  en: {
    markers: [
      'Ambon, Indonesia: UNESCO City of Music', 'Hamamatsu, Japan: UNESCO City of Music', 'Morelia, Mexico: UNESCO City of Music', 'Busan, South Korea: UNESCO City of Film',
      'Darwin, Australia: Sister city of Ambon', 'Vlissingen, Netherlands: Sister city of Ambon, approximate location',
    ],
    names: ['Ambon', 'Hamamatsu', 'Morelia', 'Busan', 'Darwin', 'Vlissingen (approx.)'],
    approximate: 'approximate',
    gesture: 'Use two fingers to move the map',
    map: 'Interactive map',
    details: 'Details of the selected place',
    places: 'Places on the map',
    tilesFailed: 'OpenStreetMap tiles could not be loaded',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    close: 'Close details',
    sister: 'Ambon’s sister cities',
  },
} as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page and waits until Leaflet has drawn the map and the vector basemap. */
async function openMap(path: string, options: Parameters<typeof openPage>[1] = {}): Promise<Watched> {
  const watched = await openPage(browser, options);
  await watched.page.goto(baseUrl() + path);
  await watched.page.locator('city-map').scrollIntoViewIfNeeded();
  await watched.page.waitForSelector('city-map[data-state="ready"][data-basemap="outlines"]');
  return watched;
}

/** The places with a marker, in the order of `TEXT[lang].markers`. */
const MARKED = ['ambon', 'hamamatsu', 'morelia', 'busan', 'darwin', 'vlissingen'] as const;
type Lang = keyof typeof TEXT;
type Box = { x: number; y: number; width: number; height: number };

/** Leaflet's marker pane has no role of its own; inside it, each marker is a button named after its place. */
const markers = (page: Page) => page.locator('.leaflet-marker-pane').getByRole('button');
const markerNames = (page: Page) => markers(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
const marker = (page: Page, lang: Lang, id: (typeof MARKED)[number]) => page.getByRole('button', { name: TEXT[lang].markers[MARKED.indexOf(id)], exact: true });
const focusedMarker = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.marker ?? document.activeElement?.tagName);
const canvas = (page: Page, lang: Lang) => page.getByRole('region', { name: TEXT[lang].map, exact: true });
const detailsPanel = (page: Page, lang: Lang) => page.getByRole('region', { name: TEXT[lang].details, exact: true });
/** The list under the map: one entry per place, each headed by the place's name. */
const placeList = (page: Page, lang: Lang) => page.getByRole('region', { name: TEXT[lang].places, exact: true });
const placeEntries = (page: Page, lang: Lang) => placeList(page, lang).getByRole('listitem').filter({ has: page.getByRole('heading') });
const placeEntry = (page: Page, lang: Lang, name: string) => placeList(page, lang).getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
const tileRequests = (w: Watched) => w.outside.filter((u) => new URL(u).host === TILE_HOST);
/** Console errors other than the refused tile requests themselves. */
const realProblems = (w: Watched) => w.problems.filter((p) => !/ERR_BLOCKED_BY_CLIENT/.test(p));

describe.each(['id', 'en'] as const)('the map in %s', (lang) => {
  const text = TEXT[lang];
  const mapPath = `/${lang}/map/`;

  test('draws the vector basemap and every city’s marker with its name while every outside host is unreachable', async () => {
    const w = await openMap(mapPath);
    const { page } = w;
    const basemap = await page.locator('.leaflet-basemap-pane path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')?.length ?? 0));
    expect(basemap.filter((length) => length > 500).length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.leaflet-basemap-pane svg').evaluate((svg) => svg.getBoundingClientRect().width)).toBeGreaterThan(300);
    expect(await markerNames(page)).toEqual(text.markers);
    for (const name of text.markers) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(1);
    expect(await page.locator('.leaflet-overlay-pane path.map-line').count()).toBe(5);
    // Markers and legend symbols are inline SVG: nothing to fetch, nothing to break, and every one drawn.
    expect(await page.locator('city-map img').count()).toBe(0);
    const symbols = await page.locator('city-map svg.map-symbol').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
    expect(symbols.length).toBeGreaterThanOrEqual(8);
    for (const width of symbols) expect(width).toBeGreaterThan(0);
    expect(realProblems(w)).toEqual([]);
    // Street tiles wait for the reader: on load the map asks no other host for anything.
    expect(await page.getByRole('checkbox', { name: /OpenStreetMap/ }).isChecked()).toBe(false);
    expect(w.outside).toEqual([]);
    await w.context.close();
  });

  test('draws each marker as its legend symbol, in colours that follow the light and dark themes', async () => {
    const bodies: Record<string, string[]> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const w = await openMap(mapPath, { colorScheme });
      const { page } = w;
      // A symbol's kind, drawing (without its size, which differs between map, legend and list) and colours.
      const look = (svgs: Element[]) =>
        svgs.map((svg) => ({
          kind: [...svg.classList].find((c) => c.startsWith('map-symbol--')),
          drawing: svg.outerHTML.replace(/^<svg[^>]*>/, (tag) => tag.replace(/\s(width|height)="[^"]*"/g, '')),
          body: getComputedStyle(svg.querySelector('.map-symbol-body')!).fill,
          glyph: getComputedStyle(svg.querySelector('.map-symbol-glyph')!).fill,
        }));
      const onMap = await markers(page).locator('svg.map-symbol').evaluateAll(look);
      // The legend's lists have no accessible name to find them by.
      const legend = await page.locator('.map-keys svg.map-symbol').evaluateAll(look);
      const listed = await placeEntries(page, lang).locator('svg.map-symbol').evaluateAll(look);
      expect(onMap.map((m) => m.kind)).toEqual(['map-symbol--hub', 'map-symbol--music', 'map-symbol--music', 'map-symbol--film', 'map-symbol--other', 'map-symbol--other']);
      for (const m of onMap) {
        expect(legend.find((l) => l.kind === m.kind), `${colorScheme} ${m.kind}`).toEqual(m);
        expect(listed.find((l) => l.kind === m.kind), `${colorScheme} ${m.kind}`).toEqual(m);
        expect(contrast(m.body, m.glyph), `${colorScheme} ${m.kind}`).toBeGreaterThanOrEqual(3);
      }
      bodies[colorScheme] = onMap.map((m) => m.body);
      expect(realProblems(w)).toEqual([]);
      await w.context.close();
    }
    bodies.light!.forEach((light, i) => expect(bodies.dark![i]).not.toBe(light));
  });

  test('opens on every marker with its name in sight, none covering another; Vlissingen’s marked approximate', async () => {
    for (const width of [390, 1280]) {
      const w = await openMap(mapPath, { width, height: 844 });
      const { page } = w;
      const map = (await canvas(page, lang).boundingBox())!;
      const names = page.locator('.leaflet-marker-pane .map-name');
      expect(await names.allInnerTexts()).toEqual(text.names);
      const boxes = [...(await markers(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))),
        ...(await names.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON())))] as Box[];
      for (const [i, b] of boxes.entries()) {
        expect(b.x >= map.x && b.x + b.width <= map.x + map.width && b.y >= map.y && b.y + b.height <= map.y + map.height, `${width}: box ${i} inside the map`).toBe(true);
        for (const c of boxes.slice(i + 1)) {
          const apart = b.x + b.width <= c.x + 1 || c.x + c.width <= b.x + 1 || b.y + b.height <= c.y + 1 || c.y + c.height <= b.y + 1;
          expect(apart, `${width}: ${JSON.stringify(b)} vs ${JSON.stringify(c)}`).toBe(true);
        }
      }
      await w.context.close();
    }
    const w = await openMap(mapPath);
    const { page } = w;
    expect(await marker(page, lang, 'vlissingen').getAttribute('class')).toContain('map-marker--approx');
    await marker(page, lang, 'vlissingen').click();
    expect(await detailsPanel(page, lang).innerText()).toContain(text.approximate);
    // The sister-city layer can be switched off and on, its markers with it; it starts on.
    const toggle = page.getByRole('checkbox', { name: text.sister });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    expect(await markers(page).count()).toBe(4);
    await toggle.check();
    expect(await markers(page).count()).toBe(6);
    await w.context.close();
  });

  test('one finger scrolls the page over the map on a touch screen; the map stays put and says how to move it', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(baseUrl() + mapPath);
    await page.locator('city-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('city-map[data-state="ready"][data-basemap="outlines"]');
    const box = (await canvas(page, lang).boundingBox())!;
    // Where Ambon's marker sits in the page (not the screen), and how far the page has scrolled, read together.
    const where = () => page.evaluate(() => {
      const r = document.querySelector('[data-marker="ambon"]')!.getBoundingClientRect();
      return { scroll: scrollY, x: r.x, y: r.y + scrollY };
    });
    const before = await where();
    const cdp = await context.newCDPSession(page);
    const at = (y: number) => [{ x: box.x + box.width / 2, y }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(box.y + box.height * 0.7) });
    for (let step = 1; step <= 8; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(box.y + box.height * 0.7 - step * 25) });
    // The finger rests before it lifts, so the page does not fling on; then wait for the scroll to settle.
    await page.waitForTimeout(200);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(box.y + box.height * 0.7 - 200) });
    await page.waitForTimeout(100);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => {
      const a = (await where()).scroll;
      await page.waitForTimeout(200);
      return (await where()).scroll === a;
    }, { timeout: 5_000 }).toBe(true);
    const after = await where();
    expect(after.scroll - before.scroll).toBeGreaterThan(100);
    // The marker moved with the page only: the map under it did not pan.
    expect(Math.abs(after.y - before.y)).toBeLessThan(2);
    expect(Math.abs(after.x - before.x)).toBeLessThan(2);
    expect(await page.locator('.map-gesture').innerText()).toBe(text.gesture);
    await context.close();
  });

  test('once turned on, stops asking for tiles after they fail, and keeps working on the basemap', async () => {
    const w = await openMap(mapPath);
    const { page } = w;
    await page.getByRole('checkbox', { name: /OpenStreetMap/ }).check();
    await page.waitForSelector('city-map[data-tile-state="failed"]');
    const first = tileRequests(w).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(2);
    await page.getByRole('button', { name: text.zoomIn }).click();
    await page.getByRole('button', { name: text.zoomIn }).click();
    await canvas(page, lang).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(600);
    expect(tileRequests(w).length).toBe(first);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    expect(await page.getByText(text.tilesFailed).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /OpenStreetMap/ }).isDisabled()).toBe(true);
    await w.context.close();
  });

  test('Tab walks through the markers in order; Enter and Space open details, Escape closes them and returns focus', async () => {
    const w = await openMap(mapPath);
    const { page } = w;
    await canvas(page, lang).focus();
    const order: (string | undefined)[] = [];
    for (let i = 0; i < MARKED.length; i++) {
      await page.keyboard.press('Tab');
      order.push(await focusedMarker(page));
    }
    expect(order).toEqual([...MARKED]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(text.zoomIn);
    for (let i = 0; i < MARKED.length - 1; i++) await page.keyboard.press('Shift+Tab');
    expect(await focusedMarker(page)).toBe('hamamatsu');

    await page.keyboard.press('Enter');
    const details = detailsPanel(page, lang);
    expect(await details.isVisible()).toBe(true);
    expect(await details.getByRole('heading').innerText()).toBe('Hamamatsu 浜松市');
    expect(await details.evaluate((panel) => panel.contains(document.activeElement))).toBe(true);
    expect(await marker(page, lang, 'hamamatsu').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await details.isVisible()).toBe(false);
    expect(await focusedMarker(page)).toBe('hamamatsu');
    expect(await marker(page, lang, 'hamamatsu').getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedMarker(page)).toBe('busan');
    await page.keyboard.press('Space');
    expect(await details.getByRole('heading').innerText()).toBe('Busan 부산광역시');
    expect(new URL(page.url()).hash).toBe('#busan');
    await details.getByRole('button', { name: text.close }).click();
    expect(await details.isVisible()).toBe(false);
    expect(await focusedMarker(page)).toBe('busan');
    expect(new URL(page.url()).hash).toBe('');
    expect(realProblems(w)).toEqual([]);
    await w.context.close();
  });

  test('a deep link opens with the city selected, and the details link to its facts and page', async () => {
    const w = await openMap(`${mapPath}#hamamatsu`);
    const { page } = w;
    const details = detailsPanel(page, lang);
    await details.waitFor();
    expect(await details.getByRole('heading').innerText()).toBe('Hamamatsu 浜松市');
    expect(await marker(page, lang, 'hamamatsu').getAttribute('aria-expanded')).toBe('true');
    const links = await details.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(`/${lang}/facts/hamamatsu-designation/`);
    expect(links).toContain(`/${lang}/facts/hamamatsu-coordinates/`);
    expect(links).toContain(`/${lang}/programs/ambon-connect/`);
    expect(links).toContain(`/${lang}/programs/ambon-hamamatsu-sister-city/`);
    expect(links).toContain(`/${lang}/cities/hamamatsu/`);
    expect(await details.locator('[lang="ja"]').innerText()).toBe('浜松市');
    await w.context.close();
  });

  test('selecting a city by click puts it in the URL, so a shared link shows the same', async () => {
    const w = await openMap(mapPath);
    const { page } = w;
    await marker(page, lang, 'morelia').click();
    await page.waitForFunction(() => location.hash === '#morelia');
    const shared = page.url();
    const other = await openMap(new URL(shared).pathname + new URL(shared).hash);
    expect(await detailsPanel(other.page, lang).getByRole('heading').innerText()).toBe('Morelia');
    await other.context.close();
    // Following an in-page link to a place selects it too.
    await page.evaluate(() => (location.hash = '#busan'));
    await page.waitForFunction(() => document.querySelector('city-map')?.getAttribute('data-selected') === 'busan');
    await w.context.close();
  });

  test('on a wide screen the details panel never hides the selected marker', async () => {
    const w = await openMap(mapPath, { width: 1280, height: 900 });
    const { page } = w;
    for (const id of ['morelia', 'hamamatsu', 'busan', 'ambon'] as const) {
      await page.evaluate((place) => (location.hash = `#${place}`), id);
      await page.waitForFunction((place) => document.querySelector('city-map')?.getAttribute('data-selected') === place, id);
      await page.waitForTimeout(400);
      const boxes = await Promise.all([marker(page, lang, id), detailsPanel(page, lang), canvas(page, lang)].map(async (l) => (await l.boundingBox())!));
      const [m, panel, map] = boxes as [Box, Box, Box];
      expect(m.x + m.width <= panel.x || m.x >= panel.x + panel.width || m.y + m.height <= panel.y || m.y >= panel.y + panel.height, id).toBe(true);
      expect(m.x >= map.x && m.x + m.width <= map.x + map.width && m.y >= map.y && m.y + m.height <= map.y + map.height, id).toBe(true);
    }
    await w.context.close();
  });

  test('labels the zoom controls in the page language', async () => {
    const w = await openMap(mapPath);
    expect(await w.page.getByRole('button', { name: text.zoomIn, exact: true }).count()).toBe(1);
    expect(await w.page.getByRole('button', { name: text.zoomOut, exact: true }).count()).toBe(1);
    await w.context.close();
  });

  test('without JavaScript, the same places with their facts and links are a list', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(baseUrl() + mapPath);
    expect(await page.locator('[data-frame]').isVisible()).toBe(false);
    const places = placeEntries(page, lang);
    expect(await places.evaluateAll((els) => els.map((e) => e.id))).toEqual(['ambon', 'hamamatsu', 'morelia', 'busan', 'darwin', 'vlissingen']);
    // Each entry's id is the deep-link anchor, so the entries are found by it.
    const hrefs = (id: string) => page.locator(`#${id}`).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const id of ['ambon', 'hamamatsu', 'morelia', 'busan', 'darwin', 'vlissingen']) {
      expect((await hrefs(id)).filter((h) => h === `/${lang}/cities/${id}/`), id).toHaveLength(1);
    }
    for (const id of ['ambon', 'hamamatsu', 'morelia', 'busan']) {
      expect((await hrefs(id)).filter((h) => h === `/${lang}/facts/${id}-designation/`), id).toHaveLength(1);
    }
    expect(await placeEntry(page, lang, 'Vlissingen').innerText()).toContain(text.approximate);
    await context.close();
  });

  test('has zero axe violations with the map loaded and a place open, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const w = await openMap(`${mapPath}#hamamatsu`, { colorScheme });
      await detailsPanel(w.page, lang).waitFor();
      expect(await axeViolations(w.page), colorScheme).toEqual([]);
      expect(realProblems(w)).toEqual([]);
      await w.context.close();
    }
  });

  test('works at phone width: no sideways scrolling, a tap opens the details under the map', async () => {
    for (const width of [320, 390]) {
      const w = await openMap(mapPath, { width, height: 740 });
      const { page } = w;
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      const map = (await canvas(page, lang).boundingBox())!;
      expect(map.width).toBeGreaterThan(width - 40);
      expect(map.height).toBeGreaterThan(250);
      await marker(page, lang, 'ambon').click();
      const details = (await detailsPanel(page, lang).boundingBox())!;
      expect(details.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      expect(await axeViolations(page)).toEqual([]);
      await w.context.close();
    }
  });
});

describe('tiles, when the tile server answers', () => {
  test('lie over the basemap with the OpenStreetMap attribution, and are asked for with a Referer', async () => {
    const w = await openPage(browser);
    const referers: (string | undefined)[] = [];
    await w.context.route(`https://${TILE_HOST}/**`, async (route) => {
      referers.push(await route.request().headerValue('referer') ?? undefined);
      return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
    });
    await w.page.goto(`${baseUrl()}/en/map/`);
    await w.page.waitForSelector('city-map[data-state="ready"]');
    expect(referers).toEqual([]);
    await w.page.getByRole('checkbox', { name: /OpenStreetMap/ }).check();
    await w.page.waitForSelector('city-map[data-tile-state="loaded"][data-basemap="outlines"]');
    expect(await w.page.locator('.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    const osm = w.page.getByRole('link', { name: 'OpenStreetMap', exact: true });
    expect(await osm.isVisible()).toBe(true);
    expect(await osm.getAttribute('href')).toBe('https://www.openstreetmap.org/copyright');
    expect(await w.page.locator('.leaflet-control-attribution').innerText()).toContain('© OpenStreetMap contributors');
    expect(referers.length).toBeGreaterThan(0);
    for (const referer of referers) expect(referer).toBe(`${baseUrl()}/`);
    // The browser remembers the choice for the next map; switching tiles off removes them, the basemap stays.
    await w.page.reload();
    await w.page.waitForSelector('city-map[data-tile-state="loaded"]');
    await w.page.getByRole('checkbox', { name: /OpenStreetMap/ }).uncheck();
    expect(await w.page.locator('.leaflet-tile').count()).toBe(0);
    expect(await w.page.locator('.leaflet-basemap-pane path').count()).toBeGreaterThan(0);
    expect(w.outside).toEqual([]);
    expect(realProblems(w)).toEqual([]);
    await w.context.close();
  });
});

describe('loading', () => {
  test('Leaflet and its CSS load only when the map scrolls into view', async () => {
    const { page, context } = await openPage(browser, { height: 700 });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl()}/en/cities/busan/`);
    await page.waitForLoadState('networkidle');
    const heavy = () => requested.filter((p) => /leaflet|basemap/.test(p));
    expect(heavy()).toEqual([]);
    expect(await page.locator('link[rel="stylesheet"][href*="leaflet"]').count()).toBe(0);
    await page.locator('city-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('city-map[data-state="ready"][data-basemap="outlines"]');
    expect(heavy().some((p) => p.endsWith('.js'))).toBe(true);
    expect(heavy().some((p) => p.endsWith('.css'))).toBe(true);
    expect(heavy()).toContain('/geo/basemap.json');
    await context.close();
  });

  test('a map taken out of the page and put back while Leaflet starts ends up drawn once, without errors', async () => {
    const w = await openPage(browser);
    const { page } = w;
    // Hold Leaflet's stylesheet back, so the element moves while its first start is still under way.
    await page.route('**/_astro/leaflet.*.css', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.goto(`${baseUrl()}/en/map/#busan`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /leaflet\..*\.css/.test(r.name)) || document.querySelector('link[href*="leaflet"]'));
    await page.evaluate(() => {
      const map = document.querySelector('city-map')!;
      const [parent, next] = [map.parentNode!, map.nextSibling];
      map.remove();
      parent.insertBefore(map, next);
    });
    await page.waitForSelector('city-map[data-state="ready"][data-basemap="outlines"]');
    await page.waitForTimeout(800);
    expect(await page.locator('city-map').getAttribute('data-state')).toBe('ready');
    expect(await page.locator('.leaflet-container').count()).toBe(1);
    expect(await markerNames(page)).toEqual(TEXT.en.markers);
    expect(await page.locator('city-map').getAttribute('data-selected')).toBe('busan');
    expect(realProblems(w)).toEqual([]);
    await w.context.close();
  });

  test('a malformed link fragment leaves the map working', async () => {
    const w = await openPage(browser);
    await w.page.goto(`${baseUrl()}/en/map/#%E0`);
    await w.page.locator('city-map').scrollIntoViewIfNeeded();
    await w.page.waitForSelector('city-map[data-state="ready"]');
    expect(await markerNames(w.page)).toEqual(TEXT.en.markers);
    expect(realProblems(w)).toEqual([]);
    await w.context.close();
  });

  test('pages without a map ship no map code', async () => {
    const { page, context } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl()}/en/facts/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => /leaflet|city-map|CityMap|basemap/i.test(p))).toEqual([]);
    await context.close();
  });

  test('a city page’s small map shows Ambon and that city, asks no outside host, and has no axe violations', async () => {
    const w = await openMap('/id/cities/hamamatsu/');
    expect(await markerNames(w.page)).toEqual(TEXT.id.markers.slice(0, 2));
    expect(await w.page.locator('.leaflet-overlay-pane path.map-line').count()).toBe(1);
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.outside).toEqual([]);
    expect(w.problems).toEqual([]);
    await w.context.close();
  });

  test('a sister city’s page shows it beside Ambon, its point marked approximate where the source gives minutes only', async () => {
    const w = await openMap('/en/cities/vlissingen/');
    expect(await markerNames(w.page)).toEqual([TEXT.en.markers[0], TEXT.en.markers[5]]);
    expect(await placeEntry(w.page, 'en', 'Vlissingen').innerText()).toContain(TEXT.en.approximate);
    await w.context.close();
  });
});
