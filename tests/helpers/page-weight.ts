import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { DIST, SITE, fileFor } from './dist';

/** Bytes a host sends for a file compressed with gzip at level 9 (what the budgets and benchmarks count). */
export const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export interface Asset {
  /** Site path of the file, or `inline` for a script written into the page. */
  path: string;
  /** Its size in gzip bytes. */
  gzip: number;
}

/** What a built page costs a reader before any interaction, in gzip bytes. */
export interface PageWeight {
  path: string;
  /** The HTML file with everything written into it (inline CSS, inline SVG, JSON-LD): the first round trip. */
  html: number;
  /** Stylesheets that hold up the first render: `<link rel=stylesheet>` for screen (or all media). */
  blockingCss: Asset[];
  /** Every stylesheet the page links, print ones included (browsers fetch them too). */
  css: Asset[];
  /** Scripts the page runs at load: its module and classic scripts, their static imports, inline scripts. */
  js: Asset[];
  /** Images fetched at load: `<img>` not marked lazy, icons, and files named by `url()` in the linked CSS. */
  images: Asset[];
  /** The HTML and every file above, each counted once. */
  total: number;
}

const sum = (assets: Asset[]) => assets.reduce((n, a) => n + a.gzip, 0);

/** A same-origin URL as a site path; undefined for another origin or a data: URL. */
function sitePath(ref: string, from: string): string | undefined {
  if (/^data:/i.test(ref)) return undefined;
  const url = new URL(ref, SITE + from);
  return url.origin === SITE ? decodeURIComponent(url.pathname) : undefined;
}

const bytesOf = (path: string) => {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${path}: linked from a page but not in the build`);
  return readFileSync(file);
};

/** Static imports of a built module (`import{x}from"./a.js"`, `import"./b.js"`); dynamic `import()` is lazy. */
export function staticImports(code: string, from: string): string[] {
  const specs = [...code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+\.m?js)["'`]/g)].map((m) => m[1]!);
  return specs.map((spec) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(from), spec)));
}

/** Measures a built page (a site path like `/en/facts/`). */
export function pageWeight(path: string): PageWeight {
  const source = readFileSync(fileFor(path));
  const root = parse(source.toString('utf8'));
  const seen = new Set<string>();
  const asset = (p: string): Asset => ({ path: p, gzip: gzip(bytesOf(p)) });

  const css: Asset[] = [];
  const blockingCss: Asset[] = [];
  const images: Asset[] = [];
  for (const link of root.querySelectorAll('link[rel~=stylesheet]')) {
    const p = sitePath(link.getAttribute('href') ?? '', path);
    if (!p || seen.has(p)) continue;
    seen.add(p);
    const a = asset(p);
    css.push(a);
    const media = (link.getAttribute('media') ?? 'all').trim();
    if (/^(all|screen)\b/.test(media) && !link.hasAttribute('disabled')) blockingCss.push(a);
    for (const m of bytesOf(p).toString('utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const ref = sitePath(m[1]!, p);
      if (ref && !seen.has(ref)) (seen.add(ref), images.push(asset(ref)));
    }
  }

  const js: Asset[] = [];
  const visit = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    const code = bytesOf(p);
    js.push({ path: p, gzip: gzip(code) });
    staticImports(code.toString('utf8'), p).forEach(visit);
  };
  for (const script of root.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? 'text/javascript';
    if (!/^(module|text\/javascript|application\/javascript)$/.test(type)) continue;
    const src = script.getAttribute('src');
    if (src) {
      const p = sitePath(src, path);
      if (p) visit(p);
    } else if (script.textContent.trim()) {
      js.push({ path: 'inline', gzip: gzip(script.textContent) });
    }
  }
  for (const link of root.querySelectorAll('link[rel=modulepreload]')) {
    const p = sitePath(link.getAttribute('href') ?? '', path);
    if (p) visit(p);
  }

  const imageRefs = [
    ...root.querySelectorAll('img[src]').filter((img) => img.getAttribute('loading') !== 'lazy').map((img) => img.getAttribute('src')!),
    ...root.querySelectorAll('link[rel~=icon]').map((l) => l.getAttribute('href') ?? ''),
  ];
  for (const ref of imageRefs) {
    const p = sitePath(ref, path);
    if (p && !seen.has(p)) (seen.add(p), images.push(asset(p)));
  }

  const html = gzip(source);
  const inlineJs = sum(js.filter((a) => a.path === 'inline'));
  return { path, html, blockingCss, css, js, images, total: html + sum(css) + sum(js) - inlineJs + sum(images) };
}

export const jsBytes = (w: PageWeight) => sum(w.js);
export const blockingBytes = (w: PageWeight) => w.html + sum(w.blockingCss);
