import { describe, expect, test } from 'vitest';
import { tileSource } from '../../../src/lib/map/tile-source';

describe('tileSource', () => {
  test('admits the tile server’s origin', () => {
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileSource('http://localhost:8080/tiles/{z}/{x}/{y}.png')).toBe('http://localhost:8080');
  });

  test('turns the {s} subdomain into a wildcard, so tiles from a, b and c all load', () => {
    expect(tileSource('https://{s}.tile.example.org/{z}/{x}/{y}{r}.png')).toBe('https://*.tile.example.org');
  });

  test('admits nothing when tiles are off', () => {
    expect(tileSource('')).toBe('');
  });

  test('refuses templates a CSP cannot express, naming the setting', () => {
    expect(() => tileSource('tile.example.org/{z}/{x}/{y}.png')).toThrow(/PUBLIC_TILE_URL/);
    expect(() => tileSource('https://tiles-{s}.example.org/{z}/{x}/{y}.png')).toThrow(/only "\{s\}\."/);
  });
});
