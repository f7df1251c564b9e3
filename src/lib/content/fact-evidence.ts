// What a fact stands on: its citations, the claim it adopts, its date. The one home of these rules; validation,
// the model, open data and search all ask here.
import type { DateInput } from '../dates/parse-date';
import type { Citation, FactData } from './types';

/** The shape shared by a fact in content and a fact row in open data: citations, directly and under claims. */
interface Cited<C> {
  sources?: C[] | null;
  claims?: { sources: C[] }[] | null;
}

/** Every citation of a fact: its own sources, then those of each claim. */
export function allCitations<C>(fact: Cited<C>): C[] {
  return [...(fact.sources ?? []), ...(fact.claims ?? []).flatMap((c) => c.sources)];
}

/** The ids of the sources a fact cites, each once, in citation order. */
export function citedSourceIds(fact: FactData): string[] {
  return [...new Set(allCitations(fact).map((c) => c.source.id))];
}

/** The claim a disputed fact adopts; undefined for any other fact. */
export function adoptedClaim(fact: FactData): NonNullable<FactData['claims']>[number] | undefined {
  return fact.status === 'disputed' ? fact.claims?.find((c) => c.key === fact.adopted) : undefined;
}

/** The citations a fact stands on: its sources, or for a disputed fact those of the claim the site adopts. */
export function adoptedCitations(fact: FactData): Citation[] {
  return fact.status === 'disputed' ? (adoptedClaim(fact)?.sources ?? []) : (fact.sources ?? []);
}

/** The date a fact stands for: its own, or the adopted claim's for a disputed date. */
export function factDateInput(fact: FactData): DateInput | undefined {
  return fact.date ?? adoptedClaim(fact)?.date;
}
