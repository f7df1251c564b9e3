import { readFileSync, statSync } from 'node:fs';
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { SITE, contentIds, exists, fileFor, htmlPages, page } from '../../helpers/dist';
import { headersFor, parseHeaders } from '../../helpers/headers';
import { SECTIONS } from '../../../src/lib/site/sections';
import { paths } from '../../../src/lib/urls';
import { LANGS, type Lang } from '../../../src/i18n/langs';
import { ROLES, STRIP } from '../../../src/lib/og/card-layout';

/** One page of every type in a language: each section, a city, a programme, a fact. */
const pageTypes = (lang: Lang): string[] => [
  ...SECTIONS.map((s) => s.path(lang)),
  paths.city(lang, 'hamamatsu'),
  paths.program(lang, 'ambon-hamamatsu-sister-city'),
  ...(paths.fact(lang, 'x').includes('#') ? [] : [paths.fact(lang, 'ambon-designation')]),
];

/** A built file for an address on the public origin, or undefined when the build has none. */
const built = (url: string) => {
  const { origin, pathname } = new URL(url);
  return origin === SITE && exists(pathname) ? fileFor(pathname) : undefined;
};

describe.each(LANGS)('link previews in %s, read by a link-preview client', (lang) => {
  test.each(pageTypes(lang))('%s: every tag, and an image of 1200 × 630 that exists', async (path) => {
    const { error, result } = await ogs({ html: readFileSync(fileFor(path), 'utf8') });
    expect(error).toBe(false);
    expect(result.ogTitle, path).toBeTruthy();
    expect(result.ogDescription, path).toBeTruthy();
    expect(result.ogSiteName, path).toMatch(/Ambon/);
    expect(result.ogType).toBe('website');
    expect(result.ogUrl).toBe(SITE + path);
    expect(result.ogLocale).toBe(lang === 'id' ? 'id_ID' : 'en_GB');
    expect(result.twitterCard).toBe('summary_large_image');
    const [image] = result.ogImage ?? [];
    expect(image?.url, path).toMatch(new RegExp(`^${SITE}/og/.+\\.png$`));
    expect([image?.width, image?.height].map(Number)).toEqual([1200, 630]);
    const file = built(image!.url);
    expect(file, image!.url).toBeDefined();
    const meta = await sharp(file!).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });
});

describe('preview images', () => {
  /** Pixels off the card's background where no text may be: the side and top margins, and the strip's right end. */
  async function strayPixels(png: string): Promise<number> {
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3);
    const card = at(8, 300);
    const strip = at(8, 600);
    const near = (a: Uint8Array | Buffer, b: Uint8Array | Buffer) => a.every((v, i) => Math.abs(v - b[i]!) <= 24);
    let stray = 0;
    for (let y = 0; y < info.height; y += 2) {
      const bg = y < STRIP.y ? card : strip;
      for (let x = 0; x < info.width; x += 2) {
        const margin = x < ROLES.title.box.x0 - 8 || x > ROLES.title.box.x1 + 8 || y < ROLES.site.box.y0 - 8;
        if (margin && y !== STRIP.y && !near(at(x, y), bg)) stray += 1;
      }
    }
    return stray;
  }

  test('keep every letter inside the card’s margins, the default card included', async () => {
    const images = htmlPages()
      .flatMap((p) => page(p).querySelectorAll('meta[property="og:image"]').map((m) => m.getAttribute('content')!))
      .filter((url, i, all) => all.indexOf(url) === i);
    expect(images).toContain(`${SITE}/og/site.png`);
    expect(images.length).toBeGreaterThan(40);
    for (const url of images) expect(await strayPixels(built(url)!), url).toBe(0);
  }, 60_000);
});

describe('short links', () => {
  const goPages = htmlPages().filter((p) => p.startsWith('/go/'));

  test('exist for every section, city, programme and fact', () => {
    const ids = goPages.map((p) => p.split('/')[2]).sort();
    const expected = [...SECTIONS.filter((s) => s.id !== 'home').map((s) => s.id), ...['cities', 'programs', 'facts'].flatMap(contentIds)];
    expect(ids).toEqual(expected.sort());
  });

  test('each land on an existing page in every language, anchors included, and are tiny', () => {
    for (const path of goPages) {
      const root = page(path);
      const links = root.querySelectorAll('[data-go-choices] a');
      expect(links.map((a) => a.getAttribute('hreflang')), path).toEqual([...LANGS]);
      for (const a of links) {
        const [target, anchor] = a.getAttribute('href')!.split('#');
        expect(target, path).toMatch(new RegExp(`^/${a.getAttribute('hreflang')}/`));
        expect(exists(target!), `${path} → ${target}`).toBe(true);
        if (anchor) expect(page(target!).querySelector(`[id="${anchor}"]`), `${path} → #${anchor}`).not.toBeNull();
      }
      // No site chrome: no shared stylesheet, no header, a page of a few kilobytes.
      expect(root.querySelector('header, nav, site-search'), path).toBeNull();
      expect(statSync(fileFor(path)).size, path).toBeLessThan(8_000);
      expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    }
  });

  test('are answered by hosts that read _redirects, each to an existing page', () => {
    const lines = readFileSync(fileFor('/_redirects'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) {
      const [from, to, code, condition] = line.split(/\s+/);
      expect(exists(from!), line).toBe(true);
      expect(exists(to!), line).toBe(true);
      expect(code).toBe('302');
      expect(condition).toMatch(/^Language=/);
    }
  });
});

describe('printing', () => {
  test('every shared page hands its printed margins the short link and the day facts were last checked', () => {
    const pages = htmlPages().filter((p) => page(p).querySelector('.share-qr'));
    expect(pages.length).toBeGreaterThan(50);
    for (const path of pages) {
      const css = page(path).querySelectorAll('style').map((s) => s.text).join('');
      const url = page(path).querySelector('[data-short-url]')!.text;
      expect(css, path).toContain(`--print-url:"${url}"`);
      expect(css, path).toMatch(/--print-checked:"(Facts last checked|Fakta terakhir diperiksa) \d+ \p{L}+ \d{4}"/u);
    }
  });
});

describe('framing', () => {
  const rules = parseHeaders(readFileSync(fileFor('/_headers'), 'utf8'));
  /** The headers that decide framing, as a host would send them for a path. */
  const framing = (path: string) => {
    const all = headersFor(rules, path);
    return Object.fromEntries(Object.entries(all).filter(([name]) => /^(content-security-policy|x-frame-options)$/i.test(name)));
  };

  test('every page refuses framing, except the embeds, which any site may frame', () => {
    const pages = htmlPages();
    const embeds = pages.filter((p) => p.startsWith('/embed/'));
    expect(embeds.sort()).toEqual(['/embed/en/map/', '/embed/en/timeline/', '/embed/id/map/', '/embed/id/timeline/']);
    for (const path of pages) {
      const headers = framing(path);
      if (path.startsWith('/embed/')) {
        expect(headers, path).toEqual({ 'Content-Security-Policy': 'frame-ancestors *' });
      } else {
        expect(headers['Content-Security-Policy'], path).toBe("frame-ancestors 'none'");
        expect(headers['X-Frame-Options'], path).toBe('DENY');
      }
    }
  });

  test('the map and timeline pages offer iframe code for their embed, which links back to them', () => {
    for (const lang of LANGS) {
      for (const kind of ['map', 'timeline'] as const) {
        const code = page(paths[kind](lang)).querySelector('embed-code textarea')!.text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        expect(code).toMatch(new RegExp(`^<iframe src="${SITE}/embed/${lang}/${kind}/" title="[^"]+" width="100%" height="\\d+" style="border:0" loading="lazy"></iframe>$`));
        const embed = page(`/embed/${lang}/${kind}/`);
        expect(embed.querySelector('[data-view-on-site]')?.getAttribute('href')).toBe(paths[kind](lang));
        expect(embed.querySelector('base')?.getAttribute('target')).toBe('_blank');
        expect(embed.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(SITE + paths[kind](lang));
      }
    }
  });
});
