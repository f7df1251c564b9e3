import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DIST, SITE, contentIds, exists, fileFor, htmlPages, listPages, listedAt, page } from '../helpers/dist';
import { shareLink } from '../../src/lib/share/short-links';
import { SECTIONS } from '../../src/lib/site/sections';
import { paths } from '../../src/lib/urls';
import { MARK_DARK, markSvg } from '../../src/lib/brand/mark';
import type { Lang } from '../../src/i18n/langs';

const LANGS = ['id', 'en'] as const;

const routes = (lang: Lang) => [
  ...SECTIONS.map((s) => s.path(lang)),
  ...contentIds('cities').map((id) => paths.city(lang, id)),
  ...contentIds('programs').map((id) => paths.program(lang, id)),
  ...contentIds('facts').map((id) => paths.fact(lang, id)),
];

describe.each(LANGS)('the %s build', (lang) => {
  test('has every page of the site, at lower-case paths without extensions', () => {
    for (const route of routes(lang)) expect(exists(route), route).toBe(true);
    for (const path of htmlPages().filter((p) => p.startsWith(`/${lang}/`))) expect(path).toMatch(/^\/[a-z0-9/-]+\/$/);
  });

  test('has the main text of every section, city, programme and fact page in its HTML, so it reads without JavaScript', () => {
    for (const path of routes(lang)) {
      const main = page(path).querySelector('main')!;
      for (const hidden of main.querySelectorAll('script, style, template, [hidden]')) hidden.remove();
      expect(main.text.replace(/\s+/g, ' ').trim().length, path).toBeGreaterThan(150);
    }
  });

  test('marks the language, the canonical URL and both alternates on every page', () => {
    for (const route of routes(lang)) {
      const root = page(route);
      expect(root.querySelector('html')?.getAttribute('lang'), route).toBe(lang);
      expect(root.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(SITE + route);
      const alternates = Object.fromEntries(
        root.querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      expect(alternates).toEqual({ id: SITE + route.replace(`/${lang}/`, '/id/'), en: SITE + route.replace(`/${lang}/`, '/en/'), 'x-default': `${SITE}/` });
      expect(root.querySelectorAll('h1')).toHaveLength(1);
      expect(root.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    }
  });

  test('marks the current page in the main navigation, and its section on the pages below it', () => {
    const nav = (route: string) =>
      Object.fromEntries(page(route).querySelectorAll('.site-nav a[aria-current]').map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]));
    expect(nav(`/${lang}/cities/`)).toEqual({ [`/${lang}/cities/`]: 'page' });
    expect(nav(`/${lang}/cities/busan/`)).toEqual({ [`/${lang}/cities/`]: 'true' });
    expect(nav(`/${lang}/`)).toEqual({ [`/${lang}/`]: 'page' });
  });

  test('counts the facts by status and links to what each status means', () => {
    const meta = page(`/${lang}/facts/`).querySelector('main p.meta')!;
    expect(meta.text).toMatch(new RegExp(`^\\s*${contentIds('facts').length} ${lang === 'en' ? 'facts' : 'fakta'} ·`));
    expect(meta.querySelector('a')?.getAttribute('href')).toBe(`/${lang}/about/#method`);
  });

  test('lists every fact, event and source once across the pages of its list, each with its anchor on the page that shows it', () => {
    for (const list of [`/${lang}/facts/`, `/${lang}/facts/by/city/ambon/`, `/${lang}/events/`, `/${lang}/sources/`]) {
      // Walked from page to page by the pager at each page's foot, forwards and back.
      const pages = listPages(list);
      expect(pages.length, list).toBeGreaterThan(1);
      pages.forEach((p, i) => {
        expect(page(p).querySelector('.pager a[rel="prev"]')?.getAttribute('href'), p).toBe(pages[i - 1]);
        // The year links at the top lead to pages of the list; one marks this page, or its year when it is a later part.
        const links = page(p).querySelectorAll('.year-links a');
        for (const a of links) expect(pages, p).toContain(a.getAttribute('href'));
        const current = links.filter((a) => a.hasAttribute('aria-current'));
        expect(current.length, p).toBe(1);
        if (current[0]!.getAttribute('aria-current') === 'page') expect(current[0]!.getAttribute('href'), p).toBe(p);
        else expect(page(p).querySelector('h1')!.text, p).toContain(current[0]!.text);
      });
    }
    // The index's first page keeps the anchors of the facts it shows, for the /{lang}/facts/#id links of old.
    const index = page(`/${lang}/facts/`);
    expect(index.querySelectorAll('.fact-line[id]').length).toBe(index.querySelectorAll('.fact-line').length);
    const facts = listedAt(`/${lang}/facts/`, '.fact-line', (li) => li.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!);
    expect([...facts.keys()].sort()).toEqual(contentIds('facts'));
    expect([...listedAt(`/${lang}/events/`, '.event-list > li[id]').keys()].sort()).toEqual(contentIds('events'));
    expect([...listedAt(`/${lang}/sources/`, '.sources-list > li[id]').keys()].sort()).toEqual(contentIds('sources'));
  });

  test('links only to pages and anchors that exist', () => {
    const broken: string[] = [];
    for (const path of htmlPages()) {
      for (const a of page(path).querySelectorAll('a[href^="/"]')) {
        const href = a.getAttribute('href')!;
        if (!exists(href)) {
          broken.push(`${path} → ${href}`);
          continue;
        }
        const hash = href.split('#')[1];
        if (hash && !page(href.split('#')[0]!).querySelector(`[id="${hash}"]`)) broken.push(`${path} → ${href} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('shows every quote in its own language with a translation into the page language', () => {
    const quotes = contentIds('facts').flatMap((id) => page(paths.fact(lang, id)).querySelectorAll('.citations blockquote'));
    expect(quotes.length).toBeGreaterThan(50);
    for (const q of quotes) {
      const quoteLang = q.getAttribute('lang');
      expect(quoteLang).toMatch(/^[a-z]{2}$/);
      const translation = q.parentNode?.querySelector('.translation');
      if (quoteLang !== lang) expect(translation?.text.trim().length, q.text).toBeGreaterThan(2);
      else expect(translation ?? null).toBeNull();
    }
  });

  test('never shows a month or a year as a day', () => {
    for (const time of [`/${lang}/facts/`, ...contentIds('facts').map((id) => paths.fact(lang, id))].flatMap((p) => page(p).querySelectorAll('time[datetime]'))) {
      const datetime = time.getAttribute('datetime')!;
      const text = time.text;
      if (datetime.length === 7) expect(text, datetime).toMatch(/^\p{L}+ \d{4}$/u);
      if (datetime.length === 4) expect(text).toBe(datetime);
    }
  });

  test('gives every page a preview image and a QR code of its short link', () => {
    for (const route of routes(lang)) {
      const root = page(route);
      const image = root.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(image, route).toMatch(new RegExp(`^${SITE}/og/`));
      const png = readFileSync(fileFor(new URL(image).pathname));
      expect(png.subarray(1, 4).toString(), image).toBe('PNG');
      expect(png.readUInt32BE(16), image).toBe(1200);
      expect(root.querySelector('.share-qr img')?.getAttribute('alt'), route).toContain(shareLink(route, SITE).text);
    }
  });

  test('has an RSS feed of every event', () => {
    const xml = readFileSync(fileFor(`/${lang}/rss.xml`), 'utf8');
    expect(xml).toContain(`<language>${lang === 'id' ? 'id-ID' : 'en-GB'}</language>`);
    expect(xml.match(/<item>/g)?.length).toBe(contentIds('events').length);
    // Each item links the event where the list shows it, and keeps an id that does not move with the list.
    const events = listedAt(`/${lang}/events/`, '.event-list > li[id]');
    const items = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link><guid isPermaLink="false">([^<]+)<\/guid>.*?<\/item>/gs)];
    expect(items.length).toBe(contentIds('events').length);
    for (const [, link, guid] of items) {
      const id = guid!.split('#')[1]!;
      expect(guid).toBe(`${SITE}/${lang}/events/#${id}`);
      expect(link).toBe(`${SITE}${events.get(id)}`);
    }
  });
});

describe('the whole build', () => {
  test('marks as the current page only links to the page itself (a list’s later page marks its list as its section)', () => {
    const wrong = htmlPages().flatMap((path) =>
      page(path).querySelectorAll('a[aria-current="page"]').map((a) => a.getAttribute('href')).filter((href) => href !== path).map((href) => `${path} → ${href}`),
    );
    expect(wrong).toEqual([]);
  });

  test('lists every page with its hreflang alternates in the sitemap', () => {
    const xml = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
    expect(xml).toContain(`<loc>${SITE}/en/facts/</loc>`);
    expect(xml).toContain(`hreflang="id-ID" href="${SITE}/id/facts/"`);
    expect(xml).not.toContain(`<loc>${SITE}/</loc>`);
  });

  test('offers both languages at the root', () => {
    const root = page('/');
    expect(root.querySelectorAll('a[hreflang]').map((a) => a.getAttribute('href'))).toEqual(['/id/', '/en/']);
  });
});

describe('the site mark', () => {
  test('/favicon.svg is the mark from src/lib/brand/mark.ts, and every page header shows that file', () => {
    expect(readFileSync(`${DIST}/favicon.svg`, 'utf8')).toBe(markSvg({ dark: MARK_DARK }));
    for (const path of ['/id/', '/en/facts/', '/embed/en/map/']) {
      expect(page(path).querySelector('img[src="/favicon.svg"]')?.getAttribute('alt'), path).toBe('');
    }
  });
});
