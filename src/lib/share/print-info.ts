/**
 * What a printout carries on every sheet: the page's short link and its QR code, the day the facts were last
 * checked, and, where JavaScript runs, the day it was printed. They reach the page margins (CSS `@page` boxes in
 * src/styles/print.css) as custom properties, set here per page.
 */
import { perModel } from '../site/model';
import { qrSvg } from './qr';

/** The latest day any fact was checked, ISO: read once per model, as every page prints it. */
export const lastChecked = perModel((model) => model.facts.reduce((latest, f) => (f.data.checked > latest ? f.data.checked : latest), ''));

/** A CSS string literal: quotes and backslashes escaped, line breaks as `\A`. */
export const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;

export interface PrintInfo {
  /** The short URL, as printed (no scheme). */
  url: string;
  /** The full short URL the QR code encodes. */
  href: string;
  /** "Facts last checked 1 December 2026", in the page's language. */
  checked: string;
  /** The site's name for the top margin. */
  site: string;
}

/** Size of the printed QR code in CSS px (96 px = 1 inch, about 25 mm). */
export const PRINT_QR_PX = 96;

/**
 * SVG as a data URL with only the characters that need it escaped: the QR code's path data stays as the share
 * panel writes it, so that gzip sends the second copy almost free (0.7 KB less per page than encodeURIComponent).
 */
export const svgDataUrl = (svg: string) =>
  `data:image/svg+xml,${svg.replace(/"/g, "'").replace(/%/g, '%25').replace(/#/g, '%23').replace(/</g, '%3C').replace(/>/g, '%3E')}`;

/** The rule that hands one page's print margins their texts and QR code. */
export function printStyle({ url, href, checked, site }: PrintInfo): string {
  const qr = `url("${svgDataUrl(qrSvg(href, PRINT_QR_PX))}")`;
  return `:root{--print-url:${cssString(url)};--print-checked:${cssString(checked)};--print-site:${cssString(site)};--print-qr:${qr}}`;
}
