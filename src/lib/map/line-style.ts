import { STAGES, type Stage } from '../../schemas/programs';

/** One relation drawn on the map: how far it has gone, and whether only an attributed claim says so. */
export interface StageEvidence {
  stage: Stage;
  /** The stage rests only on an attributed claim (a source says so; not confirmed). */
  claimOnly: boolean;
}

export interface LineStyle extends StageEvidence {
  /** Stroke width in CSS pixels: one step thicker per stage. */
  weight: number;
  /** SVG dash pattern; set only for claim-only stages, which are never drawn as solid as a confirmed one. */
  dashArray?: string;
}

const rank = (stage: Stage) => STAGES.indexOf(stage);

/** How a line looks: thicker the further the stage, dashed when only an attributed claim backs it. */
export function lineStyle({ stage, claimOnly }: StageEvidence): LineStyle {
  const weight = 1.5 + rank(stage);
  return claimOnly ? { stage, claimOnly, weight, dashArray: '6 6' } : { stage, claimOnly, weight };
}

/**
 * The relation to draw when a city has several: the furthest stage; at the same stage, one backed by a fact
 * wins over a claim, since that fact alone is enough to draw it.
 */
export function furthest<T extends StageEvidence>(relations: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const r of relations) {
    if (!best || rank(r.stage) > rank(best.stage) || (rank(r.stage) === rank(best.stage) && best.claimOnly && !r.claimOnly)) best = r;
  }
  return best;
}
