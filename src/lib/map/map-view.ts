import type { Lang } from '../../i18n/langs';
import { useTranslations } from '../../i18n/ui';
import type { Stage } from '../../schemas/programs';
import type { Model } from '../site/model';
import type { DateView } from '../views/date-view';
import type { ValueView } from '../views/value-view';
import { toCityView, type CityView } from '../views/city-view';
import { toProgramView } from '../views/program-view';
import { boundsOf, unwrapLon, type Bounds } from './geo';
import { furthest, lineStyle, type LineStyle } from './line-style';

/** The network layer (Ambon and its UNESCO partners) and the sister-city layer, which readers can switch off. */
export type MapLayer = 'network' | 'sister';
/** Ambon is the hub; the others are told apart by their creative field. */
export type MarkerKind = 'hub' | 'music' | 'film' | 'other';

/** A program linking a city to Ambon, at its current stage. */
export interface MapRelation {
  programId: string;
  title: string;
  href: string;
  stage: Stage;
  claimOnly: boolean;
  date?: DateView;
  factId?: string;
  factHref?: string;
  /** The stage's date with the doubt of the fact it stands on. */
  value?: ValueView;
}

export interface MapMarker {
  id: string;
  /** WGS84 degrees; the longitude unwrapped to lie within 180° of Ambon's. */
  lat: number;
  lon: number;
  kind: MarkerKind;
  layer: MapLayer;
  /** Accessible name: city, country, what it is to Ambon, and whether the point is approximate. */
  label: string;
  /** The name drawn beside the marker: the city's, marked when the point is approximate. */
  name: string;
  /** The source gives the point to the minute only: drawn and named as approximate. */
  approximate: boolean;
}

export interface MapLine extends LineStyle {
  id: string;
  to: string;
  layer: MapLayer;
  latlngs: [[number, number], [number, number]];
  programId: string;
}

export interface MapPlace {
  city: CityView;
  layer: MapLayer;
  kind: MarkerKind;
  relations: MapRelation[];
  /** Only for cities whose coordinates a source gives. */
  marker?: MapMarker;
}

/** One line style in the legend, with the cities drawn in it. */
export interface LegendLine extends LineStyle {
  cities: string[];
}

export interface MapView {
  hubId: string;
  places: MapPlace[];
  markers: MapMarker[];
  lines: MapLine[];
  legendLines: LegendLine[];
  /** Kinds and layers present, so the legend lists only what the map shows. */
  kinds: MarkerKind[];
  layers: MapLayer[];
  /** Every marker: the first view. */
  bounds: Bounds;
}

export interface MapOptions {
  /** Show only Ambon and this city (a city page's small map); Ambon's own page shows everything. */
  focus?: string;
}

const layerOf = (relation: CityView['relation']): MapLayer => (relation === 'sister-city' ? 'sister' : 'network');
const kindOf = (city: CityView): MarkerKind => (city.relation === 'self' ? 'hub' : (city.field ?? 'other'));

/** The programs linking a city to Ambon, each at its current stage, as the program pages show it. */
export function relationsOf(model: Model, cityId: string, lang: Lang): MapRelation[] {
  return model.programs
    .filter((p) => p.data.partners.some((c) => c.id === cityId))
    .map((p) => {
      const view = toProgramView(model, p.id, lang);
      const relation: MapRelation = {
        programId: p.id,
        title: view.title,
        href: view.href,
        stage: view.current.stage,
        claimOnly: view.current.factStatus === 'attributed',
      };
      if (view.current.date) relation.date = view.current.date;
      if (view.current.factId) relation.factId = view.current.factId;
      if (view.current.factHref) relation.factHref = view.current.factHref;
      if (view.current.value) relation.value = view.current.value;
      return relation;
    });
}

/** Everything the map and its list show, in one language: places, markers, lines from Ambon, legend, bounds. */
export function toMapView(model: Model, lang: Lang, options: MapOptions = {}): MapView {
  const t = useTranslations(lang);
  const hub = model.cities.find((c) => c.data.relation === 'self');
  if (!hub) throw new Error('no city with relation: self');
  const shown = model.cities.filter((c) => !options.focus || options.focus === hub.id || c.id === hub.id || c.id === options.focus);
  const anchor = hub.data.coordinates?.lon ?? 0;

  const places = shown.map((entry): MapPlace => {
    const city = toCityView(model, entry.id, lang);
    const place: MapPlace = { city, layer: layerOf(city.relation), kind: kindOf(city), relations: city.relation === 'self' ? [] : relationsOf(model, city.id, lang) };
    if (city.coordinates) {
      const what = city.field ? t(`map.field.${city.field}`) : t(`relation.${city.relation}`);
      const { approximate } = city.coordinates;
      place.marker = {
        id: city.id,
        lat: city.coordinates.lat,
        lon: unwrapLon(city.coordinates.lon, anchor),
        kind: place.kind,
        layer: place.layer,
        label: `${city.name}, ${city.country}: ${what}${approximate ? `, ${t('map.approx.label')}` : ''}`,
        name: approximate ? `${city.name} (${t('map.approx')})` : city.name,
        approximate,
      };
    }
    return place;
  });

  const hubMarker = places.find((p) => p.city.id === hub.id)?.marker;
  const lines: MapLine[] = [];
  for (const place of places) {
    const best = furthest(place.relations);
    if (!hubMarker || !place.marker || !best) continue;
    lines.push({
      ...lineStyle(best),
      id: `${hub.id}-${place.city.id}`,
      to: place.city.id,
      layer: place.layer,
      latlngs: [[hubMarker.lat, hubMarker.lon], [place.marker.lat, place.marker.lon]],
      programId: best.programId,
    });
  }

  const legendLines: LegendLine[] = [];
  for (const line of lines) {
    const name = places.find((p) => p.city.id === line.to)!.city.name;
    const same = legendLines.find((l) => l.stage === line.stage && l.claimOnly === line.claimOnly);
    if (same) same.cities.push(name);
    else legendLines.push({ ...lineStyle(line), cities: [name] });
  }
  legendLines.sort((a, b) => a.weight - b.weight || Number(a.claimOnly) - Number(b.claimOnly));

  const markers = places.flatMap((p) => (p.marker ? [p.marker] : []));
  const everything = markers.length > 0 ? markers : [{ lat: 0, lon: anchor }];
  return {
    hubId: hub.id,
    places,
    markers,
    lines,
    legendLines,
    kinds: [...new Set(markers.map((m) => m.kind))],
    layers: [...new Set(places.map((p) => p.layer))],
    bounds: boundsOf(everything),
  };
}
