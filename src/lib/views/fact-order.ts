import type { Model } from '../site/model';
import { FACT_STATUSES } from '../../schemas/facts';

/** Fact ids by the date they are about (oldest first); undated facts last, by id. */
export function chronological(model: Model): string[] {
  const key = (id: string) => model.factDate(id)?.first ?? '9999';
  return model.facts.map((f) => f.id).sort((a, b) => key(a).localeCompare(key(b)) || a.localeCompare(b));
}

/** How many facts have each status. */
export function countByStatus(model: Model): Record<(typeof FACT_STATUSES)[number], number> {
  const counts = Object.fromEntries(FACT_STATUSES.map((s) => [s, 0])) as Record<(typeof FACT_STATUSES)[number], number>;
  for (const f of model.facts) counts[f.data.status] += 1;
  return counts;
}
