/**
 * The site's mark: a note whose flag runs out as a wave over the sea, on a rounded tile. Our own drawing, pure data;
 * the favicon (src/pages/favicon.svg.ts, which the header and embeds show too) and the preview images draw it from
 * here. Never stands in for any institution's logo.
 */

/** The drawing's coordinate box: 64 × 64 units. */
export const MARK_VIEWBOX = '0 0 64 64';
export const MARK_SIZE = 64;

/** The rounded tile behind the glyph (corner radius 14). */
export const MARK_TILE = 'M14 0h36a14 14 0 0 1 14 14v36a14 14 0 0 1-14 14H14A14 14 0 0 1 0 50V14A14 14 0 0 1 14 0z';

/** The glyph, one filled path (even-odd not needed): note head, stem, wave flag, and the sea below. */
export const MARK_GLYPH = [
  // note head, tilted
  'M17.6 40.6c-1.2-3.4 1.6-7.4 6.2-8.9 3.3-1.1 6.5-.6 8.1 1.1V10h4.4c1 4.2 3.8 6.6 7.3 8.8 3.9 2.4 6.9 5.6 5.9 10.8-.4-3.7-3.3-6.1-7.4-7.6-2-.7-4-1.6-5.8-2.9V37c0 3.2-2.5 6.3-6.3 7.5-4.6 1.5-11 .3-12.4-3.9z',
  // the sea: one wave band
  'M6 52.5c4.2-3.4 8.6-3.4 12.8 0s8.6 3.4 12.8 0 8.6-3.4 12.8 0 8.6 3.4 13.6-.2v4.6c-5 3.6-9.4 3.6-13.6.2s-8.6-3.4-12.8 0-8.6 3.4-12.8 0-8.6-3.4-12.8 0z',
].join('');

/** The mark's colours by default: the site's accent tile, white ink. */
export const MARK_COLORS = { tile: '#0b5d7a', ink: '#ffffff' } as const;

/** Its colours on a dark screen: the site's dark accent and the text on it (`--accent`, `--accent-fg` in global.css). */
export const MARK_DARK = { tile: '#6cc5e6', ink: '#0b1218' } as const;

export interface MarkOptions {
  /** Width and height in CSS pixels; leave out to size it with CSS. */
  size?: number;
  /** Tile colour; `'none'` draws the glyph alone (then `ink` usually `currentColor`). */
  tile?: string;
  ink?: string;
  /** Accessible name; without it the mark is decorative (`aria-hidden`). */
  title?: string;
  /** Class names for the `<svg>`. */
  className?: string;
  /** Colours on a dark screen, for a file shown as it is (the favicon): a `prefers-color-scheme` rule inside. */
  dark?: { tile: string; ink: string };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The mark as standalone SVG markup (xmlns included), for `set:html`, data URLs and image renderers. */
export function markSvg({ size, tile = MARK_COLORS.tile, ink = MARK_COLORS.ink, title, className, dark }: MarkOptions = {}): string {
  const dims = size ? ` width="${size}" height="${size}"` : '';
  const cls = className ? ` class="${escape(className)}"` : '';
  const a11y = title ? ` role="img" aria-label="${escape(title)}"` : ' aria-hidden="true" focusable="false"';
  const style = dark ? `<style>@media (prefers-color-scheme:dark){.t{fill:${escape(dark.tile)}}.i{fill:${escape(dark.ink)}}}</style>` : '';
  const named = (name: string) => (dark ? ` class="${name}"` : '');
  const back = tile === 'none' ? '' : `<path${named('t')} d="${MARK_TILE}" fill="${escape(tile)}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK_VIEWBOX}"${dims}${cls}${a11y}>${style}${back}<path${named('i')} d="${MARK_GLYPH}" fill="${escape(ink)}"/></svg>`;
}
