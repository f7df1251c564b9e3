// The words for a list split by year: a year's name ("2019", "Undated") and a page's title ("Sources",
// "Sources: 2019", "Events: 2024 (part 2)").
import type { Translate } from '../../i18n/ui';
import { UNDATED, type YearPage } from '../site/year-pages';

/** A year of a list as the reader sees it: the year, or "Undated". */
export function yearName(year: string, t: Translate): string {
  return year === UNDATED ? t('list.undated') : year;
}

export function listTitle(base: string, page: Pick<YearPage, 'year' | 'part'>, t: Translate): string {
  if (!page.year) return base;
  return `${base}: ${yearName(page.year, t)}${page.part ? ` (${t('list.part', { part: page.part })})` : ''}`;
}
