import { describe, expect, test } from 'vitest';
import { findCoordinates, parseDms } from '../../../src/lib/map/dms';

const near = (actual: { lat: number; lon: number } | undefined, lat: number, lon: number) => {
  expect(actual).toBeDefined();
  expect(actual!.lat).toBeCloseTo(lat, 5);
  expect(actual!.lon).toBeCloseTo(lon, 5);
};

describe('parseDms', () => {
  test('reads degrees, minutes and seconds with hemisphere letters', () => {
    near(parseDms('Koordinat: 3°41′48″S 128°10′42″E'), -(3 + 41 / 60 + 48 / 3600), 128 + 10 / 60 + 42 / 3600);
    near(parseDms('34°42′39″N 137°43′39″E'), 34.710833, 137.7275);
  });

  test('reads French hemisphere words and spaces between the parts', () => {
    near(parseDms('19° 42′ 08″ nord, 101° 11′ 32″ ouest'), 19.702222, -101.192222);
  });

  test('reads Indonesian abbreviations LU, LS, BT and BB', () => {
    near(parseDms('35°10′48″LU 129°04′30″BT'), 35.18, 129.075);
    near(parseDms('3°41′48″LS 128°10′42″BT'), -3.696667, 128.178333);
    near(parseDms('19°46′06″LU 101°11′22″BB'), 19.768333, -101.189444);
  });

  test('takes the first point when a quote prints it twice', () => {
    near(parseDms('35°10′48″N 129°04′30″E / 35.18000°N 129.07500°E'), 35.18, 129.075);
  });

  test('reads decimal degrees and ASCII quotes', () => {
    near(parseDms('35.18000°N 129.07500°E'), 35.18, 129.075);
    near(parseDms(`19°42'9.761" N 101°11'32.575" W`), 19.702711, -101.192382);
  });

  test('a printed minus and a western hemisphere each flip the sign: "-101° … E" lies west', () => {
    near(parseDms(`19°42'9.761" N -101°11'32.575" E`), 19.702711, -101.192382);
  });

  test('gives nothing for text with no latitude–longitude pair', () => {
    expect(parseDms('Ambon ditetapkan pada 31 Oktober 2019')).toBeUndefined();
    expect(parseDms('128°10′42″E 3°41′48″S')).toBeUndefined();
    expect(parseDms('3°41′48″S, far away, 128°10′42″E')).toBeUndefined();
    expect(parseDms('3°41′48″ 128°10′42″')).toBeUndefined();
  });

  test('skips impossible values', () => {
    expect(findCoordinates('3°61′00″S')).toEqual([]);
    expect(findCoordinates('95°00′00″N')).toEqual([]);
    expect(findCoordinates('181°00′00″E')).toEqual([]);
  });

  test('does not read a hemisphere out of a longer word', () => {
    expect(findCoordinates('12° Sesdilu')).toEqual([]);
    expect(findCoordinates('12° nordic')).toEqual([]);
  });
});
