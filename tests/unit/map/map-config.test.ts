import { describe, expect, test } from 'vitest';
import { BASEMAP_URL, markerSize, toMapConfig } from '../../../src/lib/map/map-config';
import { toMapView } from '../../../src/lib/map/map-view';
import { fixtureModel } from './fixture';

const view = toMapView(fixtureModel(), 'en');
const options = { tileUrl: 'https://tile.example.org/{z}/{x}/{y}.png', deepLinks: true, level: 3 };

describe('markerSize', () => {
  test('makes Ambon’s marker larger than every other, and every marker big enough to tap', () => {
    for (const kind of ['music', 'film', 'other'] as const) {
      expect(markerSize('hub')).toBeGreaterThan(markerSize(kind));
      expect(markerSize(kind)).toBeGreaterThanOrEqual(24);
    }
  });
});

describe('toMapConfig', () => {
  const config = toMapConfig(view, 'en', options);

  test('hands the island every marker of the view, each with its size', () => {
    expect(config.markers.map((m) => [m.id, m.kind, m.size])).toEqual([
      ['ambon', 'hub', 40],
      ['hamamatsu', 'music', 30],
      ['morelia', 'music', 30],
      ['busan', 'film', 30],
    ]);
    expect(config.markers[0]).toMatchObject(view.markers[0]!);
  });

  test('passes the lines and the first view, every marker, through unchanged', () => {
    expect(config.lines).toBe(view.lines);
    expect(config.bounds).toBe(view.bounds);
  });

  test('points at the basemap the build writes and keeps the page’s choices', () => {
    expect(config.basemap).toBe(BASEMAP_URL);
    expect(config).toMatchObject(options);
  });

  test('labels the controls in the page language', () => {
    expect(config.labels).toEqual({
      zoomIn: 'Zoom in', zoomOut: 'Zoom out', close: 'Close details', basemap: 'Basemap: Natural Earth',
      gesture: 'Use two fingers to move the map', wheel: 'Hold Ctrl while scrolling to zoom the map',
    });
    expect(toMapConfig(view, 'id', options).labels.zoomIn).toBe('Perbesar');
  });

  test('is plain JSON, so it survives the data-map attribute', () => {
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });
});
