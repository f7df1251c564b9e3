import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { check, type LinkResult } from 'linkinator';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, SITE, htmlPages } from '../../helpers/dist';
import { serveStatic } from '../../helpers/static-server';

/** Where the served build lists the links found in its non-HTML files, so that the checker checks them like any. */
const FILE_LINKS = '/__file-links__/';
/** Text files that name pages: the sitemap, feeds, robots.txt, open data, short-link redirects, manifests. */
const TEXT_FILE = /(\.(xml|json|csv|txt|webmanifest|bib|ris)|\/_redirects)$/;

function files(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : files(full);
    return [full];
  });
}

/** Every URL of the site's origin, and every site path of a redirect rule, in the build's non-HTML text files. */
function linksInFiles(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (url: string, file: string) => found.set(url, [...(found.get(url) ?? []), file]);
  for (const file of files().filter((f) => TEXT_FILE.test(f))) {
    const name = relative(DIST, file);
    // A feed item's guid that is not a permalink is a name, not an address.
    const text = readFileSync(file, 'utf8').replace(/<guid isPermaLink="false">[^<]*<\/guid>/g, '');
    for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>,\\]+/g)) if (url.startsWith(`${SITE}/`)) add(url.slice(SITE.length), name);
    if (name.endsWith('_redirects')) {
      for (const line of text.split('\n').filter((l) => l.trim() && !l.startsWith('#'))) line.split(/\s+/).filter((t) => t.startsWith('/')).forEach((p) => add(p, name));
    }
  }
  return found;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

let links: LinkResult[] = [];
let external = new Set<string>();
let fileLinks = new Map<string, string[]>();
let base = '';

beforeAll(async () => {
  fileLinks = linksInFiles();
  const list = [...fileLinks].map(([url, from]) => `<li><a href="${escape(url)}">${escape(from.join(' '))}</a>`).join('');
  const server = await serveStatic(DIST, 0, '127.0.0.1', { [FILE_LINKS]: `<!doctype html><title>links in files</title><ul>${list}</ul>` });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const textFiles = files().filter((f) => TEXT_FILE.test(f)).map((f) => `${base}/${relative(DIST, f)}`);
  try {
    const result = await check({
      // Every page (an orphan page's links count too), every text file, and the list of the links in those files
      // (the sitemaps' pages among them; linkinator's own `sitemap` option would replace these starting points).
      path: [`${base}/`, `${base}${FILE_LINKS}`, ...htmlPages().map((p) => base + p), ...textFiles],
      recurse: true,
      checkCss: true,
      checkFragments: true,
      redirects: 'error',
      concurrency: 8,
      timeout: 10_000,
      // Absolute links to the public origin (canonical, previews, feeds) are checked against this build.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE.replace(/[.]/g, '\\.')}(?=/|$)`), replacement: base }],
      linksToSkip: async (url: string) => {
        if (url.startsWith(base) || url === SITE || url.startsWith(`${SITE}/`)) return false;
        external.add(url);
        return true;
      },
    });
    links = result.links;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}, 240_000);

afterAll(() => {
  external = new Set();
});

const local = (url: string) => url.replace(base, '');

describe('links across the whole build', () => {
  test('the checker reaches every page, stylesheet, data file and feed of both languages', () => {
    const checked = new Set(links.filter((l) => l.state === 'OK').map((l) => local(l.url).split('#')[0]));
    for (const path of ['/id/', '/en/', '/id/facts/', '/en/map/', '/id/rss.xml', '/en/rss.xml', '/sitemap-index.xml', '/robots.txt', '/favicon.svg']) {
      expect(checked, path).toContain(path);
    }
    expect([...checked].some((p) => p?.startsWith('/_astro/') && p.endsWith('.css'))).toBe(true);
    expect([...checked].some((p) => p?.startsWith('/data/'))).toBe(true);
    expect([...checked].some((p) => p?.startsWith('/og/'))).toBe(true);
    expect(fileLinks.size).toBeGreaterThan(100);
  });

  test('no internal link, anchor, stylesheet or image is broken', () => {
    // One line per broken target: status, target, the pages or files that name it (the first three, and how many).
    const byTarget = new Map<string, { status: string; from: Set<string> }>();
    for (const l of links.filter((x) => x.state === 'BROKEN')) {
      const target = local(l.url);
      const parent = l.parent ? local(l.parent) : '(start)';
      const names = parent === FILE_LINKS ? [...fileLinks].filter(([url]) => url === target || url.split('#')[0] === target).flatMap(([, f]) => f) : [parent];
      const detail = l.status ? String(l.status) : (l.failureDetails?.map((d) => (d instanceof Error ? d.message : String(d))).join('; ') ?? 'failed');
      const entry = byTarget.get(target) ?? { status: detail, from: new Set() };
      names.forEach((n) => entry.from.add(n));
      byTarget.set(target, entry);
    }
    const broken = [...byTarget].map(([target, { status, from }]) => {
      const list = [...from];
      return `${status} ${target} ← ${list.slice(0, 3).join(', ')}${list.length > 3 ? ` and ${list.length - 3} more` : ''}`;
    });
    expect(broken).toEqual([]);
  });

  test('every external link is a well-formed https, http or mailto address', () => {
    expect(external.size).toBeGreaterThan(20);
    const bad = [...external].filter((url) => {
      if (/\s/.test(url) || !URL.canParse(url)) return true;
      const u = new URL(url);
      if (u.protocol === 'mailto:') return !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(decodeURIComponent(u.pathname));
      return !['https:', 'http:'].includes(u.protocol) || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(u.hostname) || /localhost|127\.0\.0\.1/.test(u.hostname);
    });
    expect(bad).toEqual([]);
  });
});
