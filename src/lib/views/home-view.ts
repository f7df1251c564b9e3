import type { Lang } from '../../i18n/langs';
import type { Stage } from '../../schemas/programs';
import type { Model } from '../site/model';
import { toCityView } from './city-view';
import { toProgramView } from './program-view';
import type { ValueView } from './value-view';

/** A city or programme the home's opening links to. */
export interface HomeLink {
  name: string;
  href: string;
}

/** What the home opens with: Ambon's designation, its partner cities, and how far each city cooperation has got. */
export interface HomeView {
  /** Ambon's UNESCO designation date, with its doubt (the day is disputed). */
  designation?: ValueView;
  /** UNESCO Creative Cities named in the mapping of Ambon's cooperation, in authored order. */
  partners: HomeLink[];
  sisters: HomeLink[];
  /** Cooperation with other cities (not the Sesdilu course's themes), each at its current stage. */
  cooperation: (HomeLink & { stage: Stage; value?: ValueView; claimOnly: boolean })[];
}

export function toHomeView(model: Model, lang: Lang): HomeView {
  const hub = model.cities.find((c) => c.data.relation === 'self');
  const link = (id: string): HomeLink => {
    const city = toCityView(model, id, lang);
    return { name: city.name, href: city.href };
  };
  const view: HomeView = {
    partners: model.cities.filter((c) => c.data.relation === 'uccn-city').map((c) => link(c.id)),
    sisters: model.cities.filter((c) => c.data.relation === 'sister-city').map((c) => link(c.id)),
    cooperation: model.programs
      .filter((p) => p.data.kind !== 'sesdilu-theme')
      .map((p) => {
        const program = toProgramView(model, p.id, lang);
        const { stage, value, factStatus } = program.current;
        return { name: program.title, href: program.href, stage, claimOnly: factStatus === 'attributed', ...(value ? { value } : {}) };
      }),
  };
  const designation = hub && toCityView(model, hub.id, lang).designation;
  if (designation) view.designation = designation.value;
  return view;
}
