// The words for a list split by year: a year's name ("2019", "Undated"), what a page spans ("2019–2023",
// "2024 (part 2)") and a page's title ("Sources", "Sources: 2019–2023", "Events: 2024 (part 2)").
import type { Translate } from '../../i18n/ui';
import { UNDATED, type YearSpan } from '../site/year-pages';

/** A year of a list as the reader sees it: the year, or "Undated". */
export function yearName(year: string, t: Translate): string {
  return year === UNDATED ? t('list.undated') : year;
}

/** What a page of a split list spans, as the reader sees it: earliest year first, a part of a year with its number. */
export function spanName(span: YearSpan, t: Translate): string {
  if (span.lastYear) return [span.year, span.lastYear].sort().map((y) => yearName(y, t)).join('–');
  return `${yearName(span.year, t)}${span.part ? ` (${t('list.part', { part: span.part })})` : ''}`;
}

/** A page's title: the list's own on its first page, else the list's and what the page spans. */
export function listTitle(base: string, page: Partial<YearSpan>, t: Translate): string {
  return page.year ? `${base}: ${spanName(page as YearSpan, t)}` : base;
}
