/**
 * Degrees, minutes and seconds as sources print them: `3°41′48″S 128°10′42″E`, `19° 42′ 08″ nord, 101° 11′ 32″ ouest`,
 * `35.18000°N`, `19°42'9.761" N -101°11'32.575" E`. Used to check a city's coordinates against the quote it cites.
 */

/** A point in WGS84 degrees (south and west negative). */
export interface LatLon {
  lat: number;
  lon: number;
}

type Hemisphere = 'N' | 'S' | 'E' | 'W';

/**
 * Hemisphere words in the languages the sources use (English, French, Indonesian). No Spanish or German "O":
 * it means west in one and east in the other.
 */
const HEMISPHERES: Record<string, Hemisphere> = {
  north: 'N', nord: 'N', utara: 'N', lu: 'N', n: 'N',
  south: 'S', sud: 'S', selatan: 'S', ls: 'S', s: 'S',
  east: 'E', est: 'E', timur: 'E', bt: 'E', e: 'E',
  west: 'W', ouest: 'W', barat: 'W', bb: 'W', w: 'W',
};
const WORDS = Object.keys(HEMISPHERES).sort((a, b) => b.length - a.length).join('|');
const NUM = String.raw`\d+(?:[.,]\d+)?`;
const MINUTE = String.raw`['′’]`;
const SECOND = String.raw`(?:″|"|''|′′|”)`;

/** One coordinate: optional sign, degrees, optional minutes and seconds, then a hemisphere word. */
const COORDINATE = new RegExp(
  String.raw`([-−–]\s*)?(${NUM})\s*°\s*(?:(${NUM})\s*${MINUTE}\s*)?(?:(${NUM})\s*${SECOND}\s*)?(${WORDS})(?![\p{L}])`,
  'giu',
);

interface Coordinate {
  axis: 'lat' | 'lon';
  value: number;
  end: number;
  start: number;
}

const num = (text: string | undefined) => (text === undefined ? 0 : Number(text.replace(',', '.')));

/** Every coordinate in a text, in order; values outside their range (minutes ≥ 60, latitude > 90) are skipped. */
export function findCoordinates(text: string): Coordinate[] {
  const out: Coordinate[] = [];
  for (const m of text.matchAll(COORDINATE)) {
    const [degrees, minutes, seconds] = [num(m[2]), num(m[3]), num(m[4])];
    if (minutes >= 60 || seconds >= 60) continue;
    const hemisphere = HEMISPHERES[m[5]!.toLowerCase()]!;
    const axis = hemisphere === 'N' || hemisphere === 'S' ? 'lat' : 'lon';
    const magnitude = degrees + minutes / 60 + seconds / 3600;
    if (magnitude > (axis === 'lat' ? 90 : 180)) continue;
    // A printed minus and a southern or western hemisphere each flip the sign: "-101° … E" is west.
    const flips = (m[1] ? 1 : 0) + (hemisphere === 'S' || hemisphere === 'W' ? 1 : 0);
    out.push({ axis, value: flips % 2 ? -magnitude : magnitude, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The first latitude followed by a longitude in a text, or undefined when the text gives no such pair. */
export function parseDms(text: string): LatLon | undefined {
  const found = findCoordinates(text);
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!];
    // The two halves of one point stand next to each other, separated by at most a comma or a few spaces.
    if (a.axis === 'lat' && b.axis === 'lon' && /^[\s,;]*$/.test(text.slice(a.end, b.start))) return { lat: a.value, lon: b.value };
  }
  return undefined;
}
