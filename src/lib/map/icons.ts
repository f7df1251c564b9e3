import type { MarkerKind } from './map-view';

/**
 * Marker images as SVG data URLs: nothing to fetch, so a marker image can never be broken or blocked, and the same
 * image serves the legend. Shape and symbol tell the fields apart, not colour alone: a circle with a note for music,
 * a rounded square with a film frame for film; Ambon's is larger, with a ring.
 */
export interface MarkerIcon {
  url: string;
  size: [number, number];
  anchor: [number, number];
}

const NOTE = '<path fill="#fff" d="M10 7.2 18 5v9.6a2.4 2.4 0 1 1-1.6-2.26V8.1l-4.8 1.3v6.8a2.4 2.4 0 1 1-1.6-2.26z"/>';
const FILM =
  '<path fill="#fff" fill-rule="evenodd" d="M6 6h12v12H6zm1.5 1.5v2h1.6v-2zm0 3.5v2h1.6v-2zm0 3.5v2h1.6v-2zm7.4-7v2h1.6v-2zm0 3.5v2h1.6v-2zm0 3.5v2h1.6v-2zM10.4 7.5v9h3.2v-9z"/>';
const DOT = '<circle cx="12" cy="12" r="3.5" fill="#fff"/>';

const SHAPES: Record<MarkerKind, { body: string; glyph: string; fill: string }> = {
  hub: { body: 'circle', glyph: NOTE, fill: '#0b5d7a' },
  music: { body: 'circle', glyph: NOTE, fill: '#0b5d7a' },
  film: { body: 'square', glyph: FILM, fill: '#8e1f4f' },
  other: { body: 'circle', glyph: DOT, fill: '#4a5568' },
};

/** The SVG markup of a marker (24 units square; the hub gets an outer ring). */
export function markerSvg(kind: MarkerKind): string {
  const { body, glyph, fill } = SHAPES[kind];
  const shape =
    body === 'circle'
      ? `<circle cx="12" cy="12" r="10" fill="${fill}" stroke="#fff" stroke-width="2"/>`
      : `<rect x="2" y="2" width="20" height="20" rx="4" fill="${fill}" stroke="#fff" stroke-width="2"/>`;
  const ring = kind === 'hub' ? '<circle cx="12" cy="12" r="11.4" fill="none" stroke="#1a2230" stroke-width="1.2"/>' : '';
  const outline = kind === 'hub' ? '' : body === 'circle' ? '<circle cx="12" cy="12" r="11.4" fill="none" stroke="#1a2230" stroke-width="0.8"/>' : '<rect x="0.6" y="0.6" width="22.8" height="22.8" rx="5" fill="none" stroke="#1a2230" stroke-width="0.8"/>';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">${shape}${glyph}${ring}${outline}</svg>`;
}

/** A marker image: data URL, size and anchor (the centre) in CSS pixels. */
export function markerIcon(kind: MarkerKind): MarkerIcon {
  const px = kind === 'hub' ? 40 : 30;
  return { url: `data:image/svg+xml,${encodeURIComponent(markerSvg(kind))}`, size: [px, px], anchor: [px / 2, px / 2] };
}
