import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { MARK_COLORS, markSvg } from '../../../src/lib/brand/mark';

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
});
