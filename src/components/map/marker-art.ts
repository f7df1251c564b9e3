import type { MarkerKind } from '../../lib/map/map-view';

/**
 * The marker of each kind as inline SVG: one drawing for the map (a Leaflet divIcon), its legend and its list, so
 * the three always match. Shape and symbol tell the fields apart, not colour alone: a circle with a note for music,
 * a rounded square with a film frame for film, a dot for a sister city; Ambon's is larger and ringed. The markup
 * carries no colours: markers.css paints the classes, so the markers follow the light and dark themes.
 */

interface Art {
  body: string;
  glyph: string;
  edge: string;
}

const NOTE = '<path class="map-symbol-glyph" d="M10 7.2 18 5v9.6a2.4 2.4 0 1 1-1.6-2.26V8.1l-4.8 1.3v6.8a2.4 2.4 0 1 1-1.6-2.26z"/>';
const FILM =
  '<path class="map-symbol-glyph" fill-rule="evenodd" d="M6 6h12v12H6zm1.5 1.5v2h1.6v-2zm0 3.5v2h1.6v-2zm0 3.5v2h1.6v-2zm7.4-7v2h1.6v-2zm0 3.5v2h1.6v-2zm0 3.5v2h1.6v-2zM10.4 7.5v9h3.2v-9z"/>';
const DOT = '<circle class="map-symbol-glyph" cx="12" cy="12" r="3.5"/>';

const CIRCLE = '<circle class="map-symbol-body" cx="12" cy="12" r="10" stroke-width="2"/>';
const SQUARE = '<rect class="map-symbol-body" x="2" y="2" width="20" height="20" rx="4" stroke-width="2"/>';
/** A thin outer edge keeps a marker apart from land and sea of any colour; Ambon's is a bolder ring. */
const CIRCLE_EDGE = '<circle class="map-symbol-edge" cx="12" cy="12" r="11.4" stroke-width="0.8"/>';
const HUB_RING = '<circle class="map-symbol-edge" cx="12" cy="12" r="11.4" stroke-width="1.2"/>';
const SQUARE_EDGE = '<rect class="map-symbol-edge" x="0.6" y="0.6" width="22.8" height="22.8" rx="5" stroke-width="0.8"/>';

const ART: Record<MarkerKind, Art> = {
  hub: { body: CIRCLE, glyph: NOTE, edge: HUB_RING },
  music: { body: CIRCLE, glyph: NOTE, edge: CIRCLE_EDGE },
  film: { body: SQUARE, glyph: FILM, edge: SQUARE_EDGE },
  other: { body: CIRCLE, glyph: DOT, edge: CIRCLE_EDGE },
};

/** The marker of a kind, `px` CSS pixels square; decorative, since the marker or the text beside it has the name. */
export function markerSvg(kind: MarkerKind, px: number): string {
  const { body, glyph, edge } = ART[kind];
  return `<svg class="map-symbol map-symbol--${kind}" viewBox="0 0 24 24" width="${px}" height="${px}" aria-hidden="true" focusable="false">${body}${glyph}${edge}</svg>`;
}
