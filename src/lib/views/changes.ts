// The change log: every entry of every fact's history, newest first, in pages of CHANGES_PER_PAGE, and the feed's
// latest items. Someone who cited the site reads here what moved since.
import type { Lang } from '../../i18n/langs';
import { paths } from '../urls';
import type { Model } from '../site/model';
import { factDate, factValue, isDoubtful, type Doubt } from './value-view';

/**
 * Changes on one page of the log; older ones continue on /changes/2/ and on. Forty fit, with room to spare, in the 15 KB
 * of gzip a page may take (tests/site/quality/budgets.test.ts).
 */
export const CHANGES_PER_PAGE = 40;
/** Items in each language's changes feed. */
export const FEED_ITEMS = 50;

export interface ChangeView {
  factId: string;
  href: string;
  statement: string;
  /** The day the site made the change (ISO). */
  date: string;
  change: 'added' | 'changed';
  /** Position in the fact's history (0 = added); with the fact id, a stable name for the change. */
  seq: number;
  what?: string;
  why?: string;
  /** Set when the fact's value is in doubt (disputed, attributed, inferred): the log shows its marker. */
  doubt?: Doubt;
}

/** Every change, newest first; on one day, changes before additions, then by fact id. */
export function changeLog(model: Model, lang: Lang): ChangeView[] {
  const items = model.facts.flatMap(({ id, data }) => {
    const doubt = (factValue(model, id, lang) ?? factDate(model, id, lang))?.doubt;
    return data.history.map((h, seq) => {
      const item: ChangeView = { factId: id, href: paths.fact(lang, id), statement: data.statement[lang], date: h.date, change: h.change, seq };
      if (h.what) item.what = h.what[lang];
      if (h.why) item.why = h.why[lang];
      if (doubt && isDoubtful(doubt)) item.doubt = doubt;
      return item;
    });
  });
  const rank = (c: ChangeView) => (c.change === 'changed' ? 0 : 1);
  return items.sort((a, b) => b.date.localeCompare(a.date) || rank(a) - rank(b) || a.factId.localeCompare(b.factId));
}

/** The log cut into pages, newest first; page 1 is /{lang}/changes/. */
export function changePages<T>(items: readonly T[], size = CHANGES_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** Changes grouped by day, in the order given. */
export function byDay(items: readonly ChangeView[]): { date: string; items: ChangeView[] }[] {
  const days: { date: string; items: ChangeView[] }[] = [];
  for (const item of items) {
    const last = days.at(-1);
    if (last?.date === item.date) last.items.push(item);
    else days.push({ date: item.date, items: [item] });
  }
  return days;
}
