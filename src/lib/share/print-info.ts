/**
 * What a printout carries on every sheet: the page's short link and its QR code, the day the facts were last
 * checked, and, where JavaScript runs, the day it was printed. They reach the page margins (CSS `@page` boxes in
 * src/styles/print.css) as custom properties, set here per page. The QR code is a file of its own
 * (./qr-files.ts), which a browser fetches only when it prints.
 */
import { perModel } from '../site/model';

/** The latest day any fact was checked, ISO: read once per model, as every page prints it. */
export const lastChecked = perModel((model) => model.facts.reduce((latest, f) => (f.data.checked > latest ? f.data.checked : latest), ''));

/** A CSS string literal: quotes and backslashes escaped, line breaks as `\A`. */
export const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;

export interface PrintInfo {
  /** The short URL, as printed (no scheme). */
  url: string;
  /** Where the QR code of the short URL is (a site path, fetched when the page is printed). */
  qr: string;
  /** "Facts last checked 1 December 2026", in the page's language. */
  checked: string;
  /** The site's name for the top margin. */
  site: string;
}

/** The rule that hands one page's print margins their texts and QR code. */
export function printStyle({ url, qr, checked, site }: PrintInfo): string {
  return `:root{--print-url:${cssString(url)};--print-checked:${cssString(checked)};--print-site:${cssString(site)};--print-qr:url(${cssString(qr)})}`;
}
