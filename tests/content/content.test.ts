import { describe, expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content';
import { findContentIssues } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/content-issue';
import { citedPoint } from '../../src/lib/map/cited-point';
import { coordinateIssues, COORDINATE_TOLERANCE } from '../../src/lib/content/validate-coordinates';

// The real content, as the site builds it: these checks fail when a content file is wrong, not when code is.
const { content, issues } = loadContent(process.cwd());

describe('the content folder', () => {
  test('every file matches its schema', () => {
    expect(issues.map(formatIssue).join('\n')).toBe('');
  });

  test('every reference, translation and dated stage resolves across files', () => {
    expect(findContentIssues(content).map(formatIssue).join('\n')).toBe('');
  });
});

describe('the content’s coordinates', () => {
  const placed = content.cities.filter((c) => c.data.coordinates);

  test('every city has coordinates from a source, and Vlissingen’s are marked as given to the minute', () => {
    expect(placed.map((c) => c.id).sort()).toEqual(['ambon', 'busan', 'darwin', 'hamamatsu', 'morelia', 'vlissingen']);
    expect(placed.filter((c) => c.data.coordinates!.precision === 'minute').map((c) => c.id)).toEqual(['vlissingen']);
  });

  test.each(placed.map((c) => [c.id, c] as const))('%s lies within 0.0005° of the point its cited quote prints', (_id, city) => {
    const { lat, lon, fact: ref } = city.data.coordinates!;
    const fact = content.facts.find((f) => f.id === ref.id);
    expect(fact, `fact ${ref.id}`).toBeDefined();
    const cited = citedPoint(fact!.data);
    expect(cited, `no degrees-minutes-seconds quote in ${ref.id}`).toBeDefined();
    expect(Math.abs(cited!.point.lat - lat)).toBeLessThanOrEqual(COORDINATE_TOLERANCE);
    expect(Math.abs(cited!.point.lon - lon)).toBeLessThanOrEqual(COORDINATE_TOLERANCE);
  });

  test('coordinateIssues finds nothing to fix', () => {
    expect(coordinateIssues(content).map(formatIssue)).toEqual([]);
  });
});

