import { citedPoint } from '../map/cited-point';
import type { ContentIssue } from './content-issue';
import type { ContentSet } from './types';

/** How far (in degrees) a city's coordinates may lie from the point its source prints: rounding to 4 decimals. */
export const COORDINATE_TOLERANCE = 0.0005;

/** Cities whose coordinates are not the point their cited quote prints, each with the file, the field and a fix. */
export function coordinateIssues(content: Pick<ContentSet, 'cities' | 'facts'>, tolerance = COORDINATE_TOLERANCE): ContentIssue[] {
  const facts = new Map(content.facts.map((f) => [f.id, f]));
  const issues: ContentIssue[] = [];
  for (const city of content.cities) {
    const at = city.data.coordinates;
    if (!at) continue;
    const fact = facts.get(at.fact.id);
    if (!fact) continue; // an unknown fact is reported by validate.ts
    const cited = citedPoint(fact.data);
    if (!cited) {
      issues.push({
        file: city.filePath,
        field: 'coordinates.fact',
        message: `no quote of fact "${at.fact.id}" prints a point in degrees, minutes and seconds; quote the coordinates as the source prints them`,
      });
      continue;
    }
    const off = Math.max(Math.abs(cited.point.lat - at.lat), Math.abs(cited.point.lon - at.lon));
    if (off > tolerance) {
      issues.push({
        file: city.filePath,
        field: 'coordinates',
        message: `${at.lat}, ${at.lon} is not the point "${cited.quote}" (${cited.source}) prints; write lat: ${cited.point.lat.toFixed(4)}, lon: ${cited.point.lon.toFixed(4)}`,
      });
    }
  }
  return issues;
}
