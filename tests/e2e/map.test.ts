import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage, type Watched } from '../helpers/browser';

const TILE_HOST = 'tile.openstreetmap.org';
// A 1×1 PNG stands in for OpenStreetMap tiles where a test needs tiles to arrive.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const TEXT = {
  id: {
    markers: ['Ambon, Indonesia: Kota Musik UNESCO', 'Hamamatsu, Jepang: Kota Musik UNESCO', 'Morelia, Meksiko: Kota Musik UNESCO', 'Busan, Korea Selatan: Kota Film UNESCO'],
    unsourced: 'lokasi belum bersumber',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    close: 'Tutup rincian',
    sister: 'Kota kembar Ambon',
  },
  en: {
    markers: ['Ambon, Indonesia: UNESCO City of Music', 'Hamamatsu, Japan: UNESCO City of Music', 'Morelia, Mexico: UNESCO City of Music', 'Busan, South Korea: UNESCO City of Film'],
    unsourced: 'location not yet sourced',
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

const markerNames = (page: Page) => page.locator('.leaflet-marker-icon').evaluateAll((els) => els.map((e) => (e as HTMLImageElement).alt));
const focusedMarker = (page: Page) => page.evaluate(() => (document.activeElement as HTMLImageElement | null)?.dataset.marker ?? document.activeElement?.tagName);
const tileRequests = (w: Watched) => w.outside.filter((u) => new URL(u).host === TILE_HOST);
/** Console errors other than the refused tile requests themselves. */
const realProblems = (w: Watched) => w.problems.filter((p) => !/ERR_BLOCKED_BY_CLIENT/.test(p));

describe.each(['id', 'en'] as const)('the map in %s', (lang) => {
  const text = TEXT[lang];
  const mapPath = `/${lang}/map/`;

  test('draws the vector basemap and four markers with their names while every outside host is unreachable', async () => {
    const w = await openMap(mapPath);
    const { page } = w;
    const basemap = await page.locator('.leaflet-basemap-pane path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')?.length ?? 0));
    expect(basemap.filter((length) => length > 500).length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.leaflet-basemap-pane svg').evaluate((svg) => svg.getBoundingClientRect().width)).toBeGreaterThan(300);
    expect(await markerNames(page)).toEqual(text.markers);
    for (const name of text.markers) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(1);
    expect(await page.locator('.leaflet-overlay-pane path.map-line').count()).toBe(3);
    // Marker and legend images are data URLs: never broken, never fetched.
    const images = await page.locator('city-map img').evaluateAll((imgs) => imgs.map((i) => [(i as HTMLImageElement).complete, (i as HTMLImageElement).naturalWidth]));
    expect(images.length).toBeGreaterThanOrEqual(8);
    for (const [complete, width] of images) expect(complete && Number(width) > 0).toBe(true);
    expect(realProblems(w)).toEqual([]);
    expect(w.outside.filter((u) => new URL(u).host !== TILE_HOST)).toEqual([]);
    await w.context.close();
  });

  test('lists Darwin and Vlissingen on the sister-city layer without a marker: location not yet sourced', async () => {
    const w = await openMap(mapPath);
    const { page } = w;
    const layer = page.locator('[data-layer-items="sister"] li');
    expect(await layer.allInnerTexts()).toEqual([`Darwin: ${text.unsourced}`, `Vlissingen: ${text.unsourced}`]);
    for (const id of ['darwin', 'vlissingen']) {
      expect(await page.locator(`.map-list [data-place="${id}"]`).innerText()).toContain(text.unsourced);
    }
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(4);
    expect(await page.locator('.map-list [data-place]').count()).toBe(6);
    // The layer can be switched off and on; it starts on.
    const toggle = page.getByRole('checkbox', { name: text.sister });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    expect(await page.locator('[data-layer-items="sister"]').isVisible()).toBe(false);
    await toggle.check();
    expect(await page.locator('[data-layer-items="sister"]').isVisible()).toBe(true);
    // A place without a marker still opens its details from the legend.
    await page.locator('[data-select="darwin"]').click();
    expect(await page.locator('[data-details]').innerText()).toContain(text.unsourced);
    await w.context.close();
  });

  test('stops asking for tiles after they fail, and keeps working on the basemap', async () => {
    const w = await openMap(mapPath);
    const { page } = w;
    await page.waitForSelector('city-map[data-tile-state="failed"]');
    const first = tileRequests(w).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(2);
    await page.getByRole('button', { name: text.zoomIn }).click();
    await page.getByRole('button', { name: text.zoomIn }).click();
    await page.locator('[data-canvas]').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(600);
    expect(tileRequests(w).length).toBe(first);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    expect(await page.locator('[data-tiles-note]').isVisible()).toBe(true);
    expect(await page.locator('[data-tiles]').isDisabled()).toBe(true);
    await w.context.close();
  });

  test('Tab walks through the markers in order; Enter and Space open details, Escape closes them and returns focus', async () => {
    const w = await openMap(mapPath);
    const { page } = w;
    await page.locator('[data-canvas]').focus();
    const order: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(await focusedMarker(page));
    }
    expect(order).toEqual(['ambon', 'hamamatsu', 'morelia', 'busan']);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(text.zoomIn);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedMarker(page)).toBe('hamamatsu');

    await page.keyboard.press('Enter');
    const details = page.locator('[data-details]');
    expect(await details.isVisible()).toBe(true);
    expect(await details.getByRole('heading').innerText()).toBe('Hamamatsu 浜松市');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-details]') !== null)).toBe(true);
    expect(await page.locator('[data-marker="hamamatsu"]').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await details.isVisible()).toBe(false);
    expect(await focusedMarker(page)).toBe('hamamatsu');
    expect(await page.locator('[data-marker="hamamatsu"]').getAttribute('aria-expanded')).toBe('false');

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
    const details = page.locator('[data-details]');
    await details.waitFor();
    expect(await details.getByRole('heading').innerText()).toBe('Hamamatsu 浜松市');
    expect(await page.locator('[data-marker="hamamatsu"]').getAttribute('aria-expanded')).toBe('true');
    const links = await details.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(`/${lang}/facts/#hamamatsu-designation`);
    expect(links).toContain(`/${lang}/facts/#hamamatsu-coordinates`);
    expect(links).toContain(`/${lang}/programs/ambon-connect/`);
    expect(links).toContain(`/${lang}/programs/ambon-hamamatsu-sister-city/`);
    expect(links).toContain(`/${lang}/cities/hamamatsu/`);
    expect(await details.locator('[lang="ja"]').innerText()).toBe('浜松市');
    await w.context.close();
  });

  test('selecting a city by click puts it in the URL, so a shared link shows the same', async () => {
    const w = await openMap(mapPath);
    const { page } = w;
    await page.locator('[data-marker="morelia"]').click();
    await page.waitForFunction(() => location.hash === '#morelia');
    const shared = page.url();
    const other = await openMap(new URL(shared).pathname + new URL(shared).hash);
    expect(await other.page.locator('[data-details]').getByRole('heading').innerText()).toBe('Morelia');
    await other.context.close();
    // Following an in-page link to a place selects it too.
    await page.evaluate(() => (location.hash = '#busan'));
    await page.waitForFunction(() => document.querySelector('city-map')?.getAttribute('data-selected') === 'busan');
    await w.context.close();
  });

  test('on a wide screen the details panel never hides the selected marker', async () => {
    const w = await openMap(mapPath, { width: 1280, height: 900 });
    const { page } = w;
    for (const id of ['morelia', 'hamamatsu', 'busan', 'ambon']) {
      await page.evaluate((place) => (location.hash = `#${place}`), id);
      await page.waitForFunction((place) => document.querySelector('city-map')?.getAttribute('data-selected') === place, id);
      await page.waitForTimeout(400);
      const { marker, panel, canvas } = await page.evaluate((place) => {
        const rect = (el: Element | null) => el!.getBoundingClientRect().toJSON() as DOMRect;
        return { marker: rect(document.querySelector(`[data-marker="${place}"]`)), panel: rect(document.querySelector('[data-details]')), canvas: rect(document.querySelector('[data-canvas]')) };
      }, id);
      expect(marker.right <= panel.left || marker.left >= panel.right || marker.bottom <= panel.top || marker.top >= panel.bottom, id).toBe(true);
      expect(marker.left >= canvas.left && marker.right <= canvas.right && marker.top >= canvas.top && marker.bottom <= canvas.bottom, id).toBe(true);
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
    const places = page.locator('.map-list [data-place]');
    expect(await places.evaluateAll((els) => els.map((e) => e.id))).toEqual(['ambon', 'hamamatsu', 'morelia', 'busan', 'darwin', 'vlissingen']);
    for (const id of ['ambon', 'hamamatsu', 'morelia', 'busan', 'darwin', 'vlissingen']) {
      expect(await page.locator(`#${id} a[href="/${lang}/cities/${id}/"]`).count(), id).toBe(1);
    }
    for (const id of ['ambon', 'hamamatsu', 'morelia', 'busan']) {
      expect(await page.locator(`#${id} a[href="/${lang}/facts/#${id}-designation"]`).count(), id).toBe(1);
    }
    expect(await page.locator('#darwin').innerText()).toContain(text.unsourced);
    expect(await page.locator('#vlissingen').innerText()).toContain(text.unsourced);
    await context.close();
  });

  test('has zero axe violations with the map loaded and a place open, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const w = await openMap(`${mapPath}#hamamatsu`, { colorScheme });
      await w.page.locator('[data-details]').waitFor();
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
      const canvas = (await page.locator('[data-canvas]').boundingBox())!;
      expect(canvas.width).toBeGreaterThan(width - 40);
      expect(canvas.height).toBeGreaterThan(250);
      await page.locator('[data-marker="ambon"]').click();
      const details = (await page.locator('[data-details]').boundingBox())!;
      expect(details.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
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
    await w.page.waitForSelector('city-map[data-tile-state="loaded"][data-basemap="outlines"]');
    expect(await w.page.locator('.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    const osm = w.page.locator('.leaflet-control-attribution a[href="https://www.openstreetmap.org/copyright"]');
    expect(await osm.isVisible()).toBe(true);
    expect(await w.page.locator('.leaflet-control-attribution').innerText()).toContain('© OpenStreetMap contributors');
    expect(referers.length).toBeGreaterThan(0);
    for (const referer of referers) expect(referer).toBe(`${baseUrl()}/`);
    // Switching tiles off removes them; the basemap stays.
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

  test('a sister city’s page says its location is not yet sourced and still shows Ambon', async () => {
    const w = await openMap('/en/cities/vlissingen/');
    expect(await markerNames(w.page)).toEqual([TEXT.en.markers[0]]);
    expect(await w.page.locator('.map-list [data-place="vlissingen"]').innerText()).toContain(TEXT.en.unsourced);
    await w.context.close();
  });
});
