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

/**
 * Where a list shows each of its entries: a built list's first page (`/en/events/`) and every page its year links name
 * (`/en/events/2019-2021/`), read for `selector`'s elements; each id with the page and anchor that show it.
 */
export function listedAt(list: string, selector: string, idOf: (el: HTMLElement) => string = (el) => el.id): Map<string, string> {
  const pages = [list, ...page(list).querySelectorAll('.year-links a').map((a) => a.getAttribute('href')!).filter((h) => h !== list)];
  const at = new Map<string, string>();
  for (const path of pages) {
    for (const el of page(path).querySelectorAll(selector)) {
      const id = idOf(el);
      if (at.has(id)) throw new Error(`${id} is listed twice: on ${at.get(id)} and on ${path}`);
      at.set(id, `${path}#${id}`);
    }
  }
  return at;
}
