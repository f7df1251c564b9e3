import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { DIST, SAMPLE_ORIGIN, SITE, exists, fileFor, htmlPages, page } from '../helpers/dist';
import { shareLink } from '../../src/lib/share/short-links';

/** Addresses that only mean something on the machine that built the site. */
const LOCAL = /localhost|127\.0\.0\.1|\[::1\]/i;

function files(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** A file's bytes as text, unpacked first where it is gzip (the search index). */
function text(file: string): string {
  const bytes = readFileSync(file);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
}

/**
 * What tesseract reads on the bottom strip of each preview image, where the card prints the site's host: the strips
 * stacked into one picture and read in one pass, a line per image.
 */
async function footerTexts(pngs: string[]): Promise<string[]> {
  const strips = await Promise.all(pngs.map((png) => sharp(png).extract({ left: 0, top: 560, width: 1200, height: 70 }).negate().png().toBuffer()));
  const gap = 30;
  const sheet = await sharp({ create: { width: 1200, height: strips.length * (70 + gap), channels: 3, background: '#ffffff' } })
    .composite(strips.map((input, i) => ({ input, left: 0, top: i * (70 + gap) })))
    .png()
    .toBuffer();
  const file = join(mkdtempSync(join(tmpdir(), 'og-')), 'strips.png');
  writeFileSync(file, sheet);
  const text = execFileSync('tesseract', [file, '-', '--psm', '6'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** The text a page's QR code encodes, read back from its pixels: four pixels a module, as a phone's camera needs no more. */
async function decodeQr(svg: string): Promise<string | undefined> {
  const modules = Number(svg.match(/viewBox=["']0 0 (\d+)/)?.[1] ?? 50);
  const { data, info } = await sharp(Buffer.from(svg)).resize({ width: modules * 4, kernel: 'nearest' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('a build for a public origin', () => {
  test('is made for the sample origin, not for this machine', () => {
    expect(SITE).toBe(SAMPLE_ORIGIN);
  });

  test('names no local address in any file it writes', () => {
    const all = files().filter((f) => !f.endsWith('.png'));
    expect(all.length).toBeGreaterThan(100);
    const offending = all.filter((f) => LOCAL.test(text(f))).map((f) => relative(DIST, f));
    expect(offending).toEqual([]);
  });

  test('prints the public host, not a local one, on every preview image', async () => {
    const images = files(join(DIST, 'og'));
    expect(images.length).toBeGreaterThan(50);
    const host = new URL(SITE).host;
    const lines = await footerTexts(images);
    expect(lines.length).toBe(images.length);
    lines.forEach((seen, i) => {
      const image = relative(DIST, images[i]!);
      expect(seen, image).not.toMatch(LOCAL);
      expect(seen.replace(/\s/g, ''), image).toContain(host);
    });
  }, 120_000);

  test('encodes each page’s public short link in its QR code, one file that the share panel and the printed margins both show', async () => {
    const pages = htmlPages().filter((p) => page(p).querySelector('.share-qr'));
    expect(pages.length).toBeGreaterThan(50);
    const files = new Map<string, string>();
    for (const path of pages) {
      const { href, qr } = shareLink(path, SITE);
      const img = page(path).querySelector('.share-qr img');
      expect(img?.getAttribute('src'), path).toBe(qr);
      expect(img?.getAttribute('loading'), path).toBe('lazy');
      const printed = page(path).querySelectorAll('style').map((st) => st.text).join('').match(/--print-qr:url\("([^"]+)"\)/)?.[1];
      expect(printed, `${path} (print)`).toBe(qr);
      files.set(qr, href);
    }
    // Each file once: both languages of a page share their short link's.
    expect(files.size).toBeLessThan(pages.length);
    for (const [file, href] of files) expect(await decodeQr(readFileSync(fileFor(file), 'utf8')), file).toBe(href);
  }, 120_000);

  test('names its sitemap in robots.txt', () => {
    const robots = readFileSync(fileFor('/robots.txt'), 'utf8');
    const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemap).toBe(`${SITE}/sitemap-index.xml`);
    expect(exists(new URL(sitemap!).pathname)).toBe(true);
  });

  test('gives the language chooser a full link preview', () => {
    const root = page('/');
    const og = (p: string) => root.querySelector(`meta[property="og:${p}"]`)?.getAttribute('content');
    for (const p of ['title', 'description', 'site_name']) expect(og(p), p).toMatch(/Ambon/);
    expect(og('type')).toBe('website');
    expect(og('url')).toBe(`${SITE}/`);
    expect(og('image')).toMatch(new RegExp(`^${SITE}/og/.+\\.png$`));
    const png = readFileSync(fileFor(new URL(og('image')!).pathname));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test('links nothing from the 404 page that the build does not have', () => {
    const root = page('/404.html');
    expect(root.querySelector('link[rel=canonical]')).toBeNull();
    expect(root.querySelector('meta[property="og:url"]')).toBeNull();
    const targets = [
      ...root.querySelectorAll('a[href], link[href]').map((a) => a.getAttribute('href')!),
      ...root.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
    ].filter((href) => !/^(https?:|#|mailto:)/.test(href) || href.startsWith(SITE));
    expect(targets.length).toBeGreaterThan(3);
    for (const href of targets) expect(exists(href.startsWith(SITE) ? new URL(href).pathname : href), href).toBe(true);
  });
});
