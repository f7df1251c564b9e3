import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, fileFor, htmlPages } from '../../helpers/dist';

interface Rule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** The `_headers` file as static hosts read it: a path pattern, then indented `Name: value` lines. */
export function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (/^\s/.test(line)) {
      const at = line.indexOf(':');
      if (at < 0 || !rules.length) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line under a path`);
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    } else {
      rules.push({ pattern: line.trim(), headers: [] });
    }
  }
  return rules;
}

/** Netlify's and Cloudflare Pages' matching: `*` matches anything (slashes too), `:name` one path segment. */
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+')}$`).test(path);

/** Every header a path gets, by lower-case name, one value per rule that sets it. */
function headersFor(rules: Rule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const [name, value] of rule.headers) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
  }
  return out;
}

/** Referrer policies that still send the page's origin to the tile server, as OpenStreetMap's tile policy asks. */
const SENDS_REFERER = ['strict-origin-when-cross-origin', 'strict-origin', 'origin', 'origin-when-cross-origin'];

const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
const pages = htmlPages();
const assets = ['/_astro/', '/data/facts.json', '/favicon.svg', '/sitemap-index.xml'];

/** Each page's one value of a header; a header set twice (two rules, joined by the host) is an error. */
function single(path: string, name: string): string | undefined {
  const values = headersFor(rules, path).get(name) ?? [];
  if (values.length > 1) throw new Error(`${path}: ${name} set by ${values.length} rules: ${values.join(' | ')}`);
  return values[0];
}

describe('response headers shipped with the build for static hosts', () => {
  test('the build has a _headers file with rules for every page', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(pages.length).toBeGreaterThan(100);
  });

  test('HSTS for a year or more on every page and file', () => {
    for (const path of [...pages, ...assets]) {
      const hsts = single(path, 'strict-transport-security');
      expect(hsts, path).toBeDefined();
      expect(Number(/max-age=(\d+)/.exec(hsts!)?.[1]), path).toBeGreaterThanOrEqual(31_536_000);
    }
  });

  test('no content sniffing on every page and file', () => {
    for (const path of [...pages, ...assets]) expect(single(path, 'x-content-type-options'), path).toBe('nosniff');
  });

  test('a referrer policy that still names the site to the map tile server', () => {
    for (const path of pages) expect(SENDS_REFERER, path).toContain(single(path, 'referrer-policy'));
  });

  test('a permissions policy that turns off the device features the site never uses', () => {
    for (const path of pages) {
      const policy = single(path, 'permissions-policy') ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(policy, path).toMatch(new RegExp(`(^|,\\s*)${feature}=\\(\\)`));
    }
  });

  test('no other site may frame a page, except the embeds, which any site may', () => {
    const embeds = pages.filter((p) => p.startsWith('/embed/'));
    expect(embeds.length).toBeGreaterThanOrEqual(4);
    for (const path of pages) {
      const csp = single(path, 'content-security-policy') ?? '';
      const ancestors = /frame-ancestors\s+([^;]+)/.exec(csp)?.[1]?.trim();
      expect(ancestors, path).toBe(path.startsWith('/embed/') ? '*' : "'none'");
      expect(single(path, 'x-frame-options'), path).toBe(path.startsWith('/embed/') ? undefined : 'DENY');
    }
  });
});

describe('the web-server snippet in the README', () => {
  const nginx = /```nginx\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '';
  /** `location` blocks by path, with the headers each adds (nginx drops outer add_header lines in a block with its own). */
  const blocks = new Map(
    [...nginx.matchAll(/location\s+([^\s{]+)\s*\{([^}]*)\}/g)].map((m) => [
      m[1]!,
      new Map([...m[2]!.matchAll(/add_header\s+([\w-]+)\s+"([^"]*)"/g)].map((h) => [h[1]!.toLowerCase(), h[2]!])),
    ]),
  );

  test('sets the same security headers as _headers in every location', () => {
    expect([...blocks.keys()]).toEqual(expect.arrayContaining(['/', '/embed/']));
    for (const [location, headers] of blocks) {
      for (const name of ['strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy']) {
        expect(headers.get(name), `${location} ${name}`).toBe(single('/en/', name));
      }
    }
  });

  test('forbids framing, except under /embed/', () => {
    expect(blocks.get('/')?.get('content-security-policy')).toBe(single('/en/', 'content-security-policy'));
    expect(blocks.get('/')?.get('x-frame-options')).toBe('DENY');
    expect(blocks.get('/embed/')?.get('content-security-policy')).toBe(single('/embed/en/map/', 'content-security-policy'));
    expect(blocks.get('/embed/')?.has('x-frame-options')).toBe(false);
  });
});

describe('each page’s own Content-Security-Policy', () => {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  /** The hashes a directive of a policy lists. */
  const listed = (policy: string, directive: string) =>
    new Set((new RegExp(`${directive}\\s+([^;]*)`).exec(policy)?.[1] ?? '').split(/\s+/).filter((s) => s.startsWith("'sha")));

  test('lists exactly the hashes of the inline scripts and styles the page has, and no other page’s', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const html = readFileSync(fileFor(path), 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1];
      expect(policy, `${path} has no policy in a <meta>`).toBeDefined();
      // Data blocks (JSON-LD) are not run, so need no hash.
      const scripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!)).map((m) => hash(m[2]!));
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
      expect(listed(policy!, 'script-src'), `${path} script-src`).toEqual(new Set(scripts));
      expect(listed(policy!, 'style-src'), `${path} style-src`).toEqual(new Set(styles));
    }
  });
});
