import { adoptedCitations } from '../content/fact-evidence';
import type { FactData } from '../content/types';
import { parseDms, type LatLon } from './dms';

export interface CitedPoint {
  point: LatLon;
  source: string;
  quote: string;
}

/** The first point printed in the quotes a fact stands on, with the source that prints it. */
export function citedPoint(fact: FactData): CitedPoint | undefined {
  for (const citation of adoptedCitations(fact)) {
    const point = citation.quote ? parseDms(citation.quote) : undefined;
    if (point) return { point, source: citation.source.id, quote: citation.quote! };
  }
  return undefined;
}
