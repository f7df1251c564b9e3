import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = process.env.OUT_DIR ?? 'dist';
/**
 * The origin the test build is made for: a sample public origin, so that the site and browser tests prove that a
 * published build names no local address (astro.config.mjs reads the same variable).
 */
export const SAMPLE_ORIGIN = 'https://ambon-music.example';
export const SITE = process.env.SITE_URL ?? SAMPLE_ORIGIN;

/** Every HTML file of the build, as site paths (`/en/facts/`). */
export function htmlPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = '/' + relative(dir, full).replace(/\\/g, '/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The built file for a site path. */
export function fileFor(path: string): string {
  const clean = path.split('#')[0]!.split('?')[0]!;
  return join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
}

const cache = new Map<string, HTMLElement>();
/** Parsed HTML of a built page. */
export function page(path: string): HTMLElement {
  let root = cache.get(path);
  if (!root) {
    root = parse(readFileSync(fileFor(path), 'utf8'));
    cache.set(path, root);
  }
  return root;
}

export const exists = (path: string) => existsSync(fileFor(path));

/** Ids of every entry in a content collection (file names; YAML, or MDX for cities and programmes). */
export function contentIds(collection: string): string[] {
  const ids = readdirSync(join('content', collection))
    .filter((f) => /\.(ya?ml|mdx)$/.test(f))
    .map((f) => f.replace(/\.(ya?ml|mdx)$/, ''))
    .sort();
  if (ids.length === 0) throw new Error(`content/${collection}: no entries`);
  return ids;
}

/** A built list's pages in order: its first (`/en/events/`), then each page its foot links as next (`/en/events/2019-2021/`). */
export function listPages(list: string): string[] {
  const pages = [list];
  for (let next = page(list).querySelector('.pager a[rel="next"]'); next; ) {
    const href = next.getAttribute('href')!;
    if (pages.includes(href)) throw new Error(`${href}: the pager of ${list} comes back to a page it showed`);
    pages.push(href);
    next = page(href).querySelector('.pager a[rel="next"]');
  }
  return pages;
}

/** Where a list shows each of its entries: each id (of `selector`'s elements) with the page and anchor that show it. */
export function listedAt(list: string, selector: string, idOf: (el: HTMLElement) => string = (el) => el.id): Map<string, string> {
  const at = new Map<string, string>();
  for (const path of listPages(list)) {
    for (const el of page(path).querySelectorAll(selector)) {
      const id = idOf(el);
      if (at.has(id)) throw new Error(`${id} is listed twice: on ${at.get(id)} and on ${path}`);
      at.set(id, `${path}#${id}`);
    }
  }
  return at;
}
