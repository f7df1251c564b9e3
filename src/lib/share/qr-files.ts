/**
 * The QR code files of the build: one per address a page shares (its short link, or its own address where it has
 * none), beside that address (`/go/facts/qr.svg`). Both languages of a page with a short link share one file; a browser
 * caches it, and fetches it only when the share panel opens or the page is printed: a page carries no code of its own.
 */
import { LANGS } from '../../i18n/langs';
import { perModelKey, type Model } from '../site/model';
import { canStartWorker, offload, serve } from '../site/workers';
import { paths } from '../urls';
import { allListPages } from '../facts-index/listing';
import { eventPages, sourcePages } from '../views/entry-lists';
import { changeLog, changePages } from '../views/changes';
import { goPath, shortLinks, shortPathFor } from './short-links';
import { qrSvg } from './qr';

/** Size of the code in CSS px: what a printed margin shows (96 px = 1 inch, about 25 mm); the share panel doubles it. */
export const QR_PX = 96;

/**
 * Every address a page shares: the root (the home pages'), every short link, and the pages of split lists, which
 * have none. A page left out here would link a QR file the build lacks, which the site's link check reports.
 */
export function sharedPaths(model: Model): string[] {
  const lists = LANGS.flatMap((lang) => [
    ...allListPages(model).map((p) => paths.factList(lang, p.slug)),
    ...eventPages(model).map((p) => paths.events(lang, p.slug)),
    ...sourcePages(model).map((p) => paths.sources(lang, p.slug)),
    ...changePages(changeLog(model, lang)).map((_, i) => paths.changes(lang, i + 1)),
  ]);
  return [...new Set(['/', ...shortLinks(model).map((l) => goPath(l.id)), ...lists.map((p) => shortPathFor(p) ?? p)])];
}

/** The QR code file of a shared address: the full URL, black on white, QR_PX wide; its text alternative is the page's. */
export const qrFileSvg = (path: string, site: URL | string) => qrSvg(new URL(path, site).href, QR_PX);

// Encoding a QR code takes about a millisecond, and a build has one per shared address: in the production build they
// are encoded in a worker thread (lib/site/workers.ts), beside the pages, all at once.
const inThread = { qrFiles: (paths: string[], site: string) => paths.map((path) => qrFileSvg(path, site)) };
serve('qr', import.meta.url, inThread);
const encoder = offload('qr', import.meta.url, inThread, () => 'qr');
/** Whether QR codes are encoded beside the pages (the production build), rather than when a file is asked for. */
export const qrBeside = canStartWorker(import.meta.url);

/**
 * Starts encoding the QR file of every shared address for `site`, for `qrFileText` to await. Where QR codes are encoded
 * beside the pages (`qrBeside`), the build starts this as it renders its first page (src/middleware.ts).
 */
export const startQrFiles = perModelKey((model, site: URL): Promise<Map<string, string>> => {
  const paths = sharedPaths(model);
  return encoder.qrFiles(paths, site.href).then((svgs) => new Map(paths.map((path, i) => [path, svgs[i]!])));
}, (site) => site.href);

/** The QR code file of a shared address, from the batch `startQrFiles` makes. */
export async function qrFileText(model: Model, path: string, site: URL): Promise<string> {
  const svg = (await startQrFiles(model, site)).get(path);
  if (svg === undefined) throw new Error(`${path} is not an address a page shares (sharedPaths), so it has no QR file`);
  return svg;
}
