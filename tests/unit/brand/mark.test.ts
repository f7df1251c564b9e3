import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { MARK_COLORS, MARK_DARK, markSvg } from '../../../src/lib/brand/mark';

describe('the site mark', () => {
  test('is decorative unless given a name, and escapes the name', () => {
    expect(markSvg()).toContain('aria-hidden="true"');
    const named = markSvg({ title: 'Ambon "City" of Music', size: 40 });
    expect(named).toContain('role="img" aria-label="Ambon &quot;City&quot; of Music"');
    expect(named).toContain('width="40" height="40"');
  });

  test('draws white ink on the accent tile, and the glyph alone without a tile', async () => {
    const { data, info } = await sharp(Buffer.from(markSvg({ size: 64 }))).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(at(6, 32)).toEqual([0x0b, 0x5d, 0x7a]);
    // The note's stem, a white column in the middle of the tile.
    expect(at(34, 20)).toEqual([255, 255, 255]);
    expect(markSvg({ tile: 'none', ink: 'currentColor' })).not.toContain(MARK_COLORS.tile);
  });
  test('on a dark screen the favicon takes the dark accent and its text colour, as the stylesheet sets them', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(dark.match(/--accent:\s*(#[0-9a-f]{6})/i)?.[1]).toBe(MARK_DARK.tile);
    expect(dark.match(/--accent-fg:\s*(#[0-9a-f]{6})/i)?.[1]).toBe(MARK_DARK.ink);
    const svg = markSvg({ dark: MARK_DARK });
    expect(svg).toContain(`@media (prefers-color-scheme:dark){.t{fill:${MARK_DARK.tile}}.i{fill:${MARK_DARK.ink}}}`);
    expect(svg).toContain(`class="t" d=`);
    expect(svg).toContain(`class="i" d=`);
    expect(markSvg()).not.toContain('<style>');
  });
});
