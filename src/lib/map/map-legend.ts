import type { Lang } from '../../i18n/langs';
import { useTranslations } from '../../i18n/ui';
import type { MapLayer, MapPlace, MapView, MarkerKind } from './map-view';

/** One marker kind in the legend, with the words beside its symbol. */
export interface LegendKey {
  kind: MarkerKind;
  label: string;
}

/** The places of one layer, for the layer switches and the list under the map. */
export interface LayerGroup {
  layer: MapLayer;
  places: MapPlace[];
}

/** Network first: Ambon and its UNESCO partners are what the map is about. */
const LAYER_ORDER: readonly MapLayer[] = ['network', 'sister'];

/**
 * The legend's marker kinds, in the order the map shows them. The hub is named (it is one city, Ambon); the fields
 * by their UNESCO title; any other marker is a sister city, the only relation without a creative field.
 */
export function legendKeys(view: MapView, lang: Lang): LegendKey[] {
  const t = useTranslations(lang);
  const hub = view.places.find((p) => p.kind === 'hub');
  return view.kinds.map((kind) => {
    if (kind === 'hub') {
      if (!hub) throw new Error(`no place of kind hub in a map with a hub marker (${view.hubId})`);
      return { kind, label: `${hub.city.name} (${t('map.legend.hub')})` };
    }
    return { kind, label: kind === 'other' ? t('relation.sister-city') : t(`map.field.${kind}`) };
  });
}

/** The places grouped by layer, network first; a layer with no place is left out. */
export function layerGroups(view: MapView): LayerGroup[] {
  return LAYER_ORDER.map((layer) => ({ layer, places: view.places.filter((p) => p.layer === layer) })).filter((g) => g.places.length > 0);
}
