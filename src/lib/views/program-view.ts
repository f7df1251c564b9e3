import type { Lang } from '../../i18n/langs';
import { STAGES, type Stage } from '../../schemas/programs';
import { paths } from '../urls';
import type { Model } from '../site/model';
import type { ProgramData, FactData } from '../content/types';
import { toDateView, type DateView } from './date-view';
import { cityLinks, type LinkView } from './fact-view';
import { factDate, type ValueView } from './value-view';

export interface StageStep {
  stage: Stage;
  /** Reached according to a fact, or not (yet) backed by any source. */
  reached: boolean;
  date?: DateView;
  factId?: string;
  factHref?: string;
  /** Status of the backing fact: an attributed claim is weaker than a verified fact. */
  factStatus?: FactData['status'];
  /** The stage's date with the doubt of the fact it stands on. */
  value?: ValueView;
}

export interface ProgramView {
  id: string;
  href: string;
  title: string;
  kind: ProgramData['kind'];
  partners: LinkView[];
  current: StageStep;
  /** The whole ladder, one step per stage up to and including the current one. */
  steps: StageStep[];
}

/** The stage ladder up to the current stage: stages with a fact are reached, skipped ones are shown as such. */
export function toStageSteps(model: Model, stages: ProgramData['stages'], lang: Lang): StageStep[] {
  const byStage = new Map(stages.map((s) => [s.stage, s.fact.id]));
  const top = Math.max(...stages.map((s) => STAGES.indexOf(s.stage)));
  return STAGES.slice(0, top + 1).map((stage) => {
    const factId = byStage.get(stage);
    if (!factId) return { stage, reached: false };
    return {
      stage,
      reached: true,
      date: toDateView(model.factDate(factId)!, lang),
      factId,
      factHref: paths.fact(lang, factId),
      factStatus: model.fact(factId).data.status,
      value: factDate(model, factId, lang)!,
    };
  });
}

export function toProgramView(model: Model, id: string, lang: Lang): ProgramView {
  const d = model.program(id).data;
  const steps = toStageSteps(model, d.stages, lang);
  return {
    id,
    href: paths.program(lang, id),
    title: d.title[lang],
    kind: d.kind,
    partners: cityLinks(model, d.partners, lang),
    current: steps.at(-1)!,
    steps,
  };
}
