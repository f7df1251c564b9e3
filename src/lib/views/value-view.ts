// One way to show a fact's value or date, with its doubt: every page, card, map, feed and search record that shows
// a value takes it from here, so a disputed, attributed or inferred value can never appear bare.
import type { Lang } from '../../i18n/langs';
import type { FactData } from '../content/types';
import { allCitations } from '../content/fact-evidence';
import { formatDateValue } from '../dates/format-date';
import { parseDate } from '../dates/parse-date';
import { perModelKey, type Model } from '../site/model';
import { paths } from '../urls';
import { toDateView, type DateView } from './date-view';

/** Why a value cannot be read as settled, and where the reader can check it. */
export interface Doubt {
  status: FactData['status'];
  factId: string;
  factHref: string;
  /** An attributed claim: who makes it (the publishers of its sources). */
  claimedBy?: string;
  /** A disputed value: the values the site does not adopt, as text. */
  others?: string[];
  /** The site inferred the date; no source prints it. */
  inferred?: boolean;
}

export interface ValueView {
  text: string;
  /** Set for dates: the date at its precision, for `<time>`. */
  date?: DateView;
  doubt: Doubt;
}

/** Who makes an attributed claim: the publisher of its first source (later sources corroborate parts of it). */
function claimants(model: Model, fact: FactData): string {
  const first = allCitations(fact)[0];
  return first ? model.source(first.source.id).data.publisher : '';
}

function doubtOf(model: Model, factId: string, lang: Lang, part: 'date' | 'value'): Doubt {
  const fact = model.fact(factId).data;
  const doubt: Doubt = { status: fact.status, factId, factHref: paths.fact(lang, factId) };
  if (fact.status === 'attributed') doubt.claimedBy = claimants(model, fact);
  if (fact.status === 'disputed') {
    const rest = (fact.claims ?? []).filter((c) => c.key !== fact.adopted);
    doubt.others = rest.map((c) => (part === 'date' && c.date ? formatDateValue(parseDate(c.date), lang) : c.value[lang]));
  }
  if (part === 'date' && fact.dateInferred) doubt.inferred = true;
  return doubt;
}

/** The date a fact stands for (the adopted claim's, for a disputed date), with its doubt. */
export function factDate(model: Model, factId: string, lang: Lang): ValueView | undefined {
  const value = model.factDate(factId);
  if (!value) return undefined;
  const date = toDateView(value, lang);
  return { text: date.text, date, doubt: doubtOf(model, factId, lang, 'date') };
}

/** A fact's value (the adopted claim's, for a disputed fact), with its doubt. */
export function factValue(model: Model, factId: string, lang: Lang): ValueView | undefined {
  const fact = model.fact(factId).data;
  const adopted = fact.claims?.find((c) => c.key === fact.adopted);
  const text = fact.value?.[lang] ?? adopted?.value[lang];
  return text === undefined ? undefined : { text, doubt: doubtOf(model, factId, lang, 'value') };
}

/** Whether a value needs a marker at all. */
export const isDoubtful = (doubt: Doubt) => doubt.status !== 'verified' || doubt.inferred === true;

/** The doubt in words, short (for a marker) and long (for feeds, data, screen readers); empty when there is none. */
export function doubtWords(doubt: Doubt, t: (key: DoubtKey, params?: Record<string, string>) => string): { short: string; long: string } {
  const short: string[] = [];
  const long: string[] = [];
  if (doubt.status === 'disputed') {
    short.push(t('doubt.disputed'));
    long.push(t('doubt.disputed.long', { others: (doubt.others ?? []).join('; ') }));
  }
  if (doubt.status === 'attributed') {
    const said = t('doubt.attributed', { who: doubt.claimedBy ?? '' });
    short.push(said);
    long.push(said);
  }
  if (doubt.inferred) {
    short.push(t('doubt.inferred'));
    long.push(t('doubt.inferred.long'));
  }
  return { short: short.join(' · '), long: long.join('; ') };
}

/** A value as plain text with its doubt in brackets: what feeds, search records and data files carry. */
export function valueText(value: ValueView, t: Parameters<typeof doubtWords>[1]): string {
  const { long } = doubtWords(value.doubt, t);
  return long ? `${value.text} (${long})` : value.text;
}

type DoubtKey = 'doubt.disputed' | 'doubt.disputed.long' | 'doubt.attributed' | 'doubt.inferred' | 'doubt.inferred.long';

/** A fact's doubt as a whole (for its statement or a link to it): by its date where it has one, else by its value. */
export function factDoubt(model: Model, factId: string, lang: Lang): Doubt {
  return doubtOf(model, factId, lang, model.factDate(factId) ? 'date' : 'value');
}

/** The doubt of every fact, for prose links; made once per language, as every story and prose page asks for all. */
export const proseDoubts = perModelKey(
  (model, lang: Lang): Record<string, Doubt> => Object.fromEntries(model.facts.map((f) => [f.id, factDoubt(model, f.id, lang)])),
);
