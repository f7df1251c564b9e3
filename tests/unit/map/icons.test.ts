import { describe, expect, test } from 'vitest';
import { markerIcon, markerSvg } from '../../../src/lib/map/icons';

describe('marker icons', () => {
  test('are self-contained SVG data URLs, so they never fetch anything', () => {
    for (const kind of ['hub', 'music', 'film', 'other'] as const) {
      const icon = markerIcon(kind);
      expect(icon.url.startsWith('data:image/svg+xml,')).toBe(true);
      expect(decodeURIComponent(icon.url.slice('data:image/svg+xml,'.length))).toBe(markerSvg(kind));
      expect(markerSvg(kind)).not.toMatch(/href|url\(|<image/);
      expect(icon.anchor).toEqual([icon.size[0] / 2, icon.size[1] / 2]);
    }
  });

  test('tell music and film apart by shape, not colour alone; the hub is larger', () => {
    expect(markerSvg('music')).toContain('<circle cx="12" cy="12" r="10"');
    expect(markerSvg('film')).toContain('<rect x="2" y="2"');
    expect(markerIcon('hub').size[0]).toBeGreaterThan(markerIcon('music').size[0]);
  });
});
