import type { Lang } from '../../i18n/langs';
import { useTranslations } from '../../i18n/ui';
import type { Bounds } from './geo';
import type { MapLine, MapMarker, MapView, MarkerKind } from './map-view';

/** Where the build writes the vector basemap (see `toBasemap`). */
export const BASEMAP_URL = '/geo/basemap.json';

/** A marker as the island draws it. */
export interface ConfigMarker extends MapMarker {
  /** Width and height in CSS pixels; the marker is centred on its point. */
  size: number;
}

/** What `<city-map>` receives in `data-map`: plain JSON, everything the Leaflet half needs. */
export interface MapConfig {
  markers: ConfigMarker[];
  lines: MapLine[];
  /** The first view: every marker. */
  bounds: Bounds;
  basemap: string;
  /** Leaflet URL template of the raster tiles; empty when the site is built without them. */
  tileUrl: string;
  /** The URL hash follows the selection. */
  deepLinks: boolean;
  /** Heading level of the details panel, to fit the page's outline. */
  level: number;
  labels: { zoomIn: string; zoomOut: string; close: string; basemap: string; gesture: string; wheel: string };
}

export type MapConfigOptions = Pick<MapConfig, 'tileUrl' | 'deepLinks' | 'level'>;

/** Marker size in CSS pixels: Ambon's is larger, every other kind the same, and all stay easy to tap. */
export function markerSize(kind: MarkerKind): number {
  return kind === 'hub' ? 40 : 30;
}

/** The island's configuration for a map view, with its control labels in the page language. */
export function toMapConfig(view: MapView, lang: Lang, options: MapConfigOptions): MapConfig {
  const t = useTranslations(lang);
  return {
    markers: view.markers.map((m) => ({ ...m, size: markerSize(m.kind) })),
    lines: view.lines,
    bounds: view.bounds,
    basemap: BASEMAP_URL,
    tileUrl: options.tileUrl,
    deepLinks: options.deepLinks,
    level: options.level,
    labels: { zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut'), close: t('map.close'), basemap: t('map.basemap'), gesture: t('map.gesture'), wheel: t('map.gesture.wheel') },
  };
}
