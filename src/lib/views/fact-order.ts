import { perModel, type Model } from '../site/model';
import { FACT_STATUSES } from '../../schemas/facts';

const sorted = perModel((model) => {
  const key = new Map(model.facts.map((f) => [f.id, model.factDate(f.id)?.first ?? '9999']));
  return model.facts.map((f) => f.id).sort((a, b) => key.get(a)!.localeCompare(key.get(b)!) || a.localeCompare(b));
});

/** Fact ids by the date they are about (oldest first); undated facts last, by id. Sorted once per model. */
export function chronological(model: Model): string[] {
  return [...sorted(model)];
}

/** How many facts have each status: all of them, or those of `ids`. */
export function countByStatus(model: Model, ids: readonly string[] = model.facts.map((f) => f.id)): Record<(typeof FACT_STATUSES)[number], number> {
  const counts = Object.fromEntries(FACT_STATUSES.map((s) => [s, 0])) as Record<(typeof FACT_STATUSES)[number], number>;
  for (const id of ids) counts[model.fact(id).data.status] += 1;
  return counts;
}
