// The title of a page of a list split by year: "Sources", "Sources: 2019", "Events: 2024 (part 2)".
import type { Translate } from '../../i18n/ui';
import { UNDATED, type YearPage } from '../site/year-pages';

export function listTitle(base: string, page: Pick<YearPage, 'year' | 'part'>, t: Translate): string {
  if (!page.year) return base;
  const year = page.year === UNDATED ? t('list.undated') : page.year;
  return `${base}: ${year}${page.part ? ` (${t('list.part', { part: page.part })})` : ''}`;
}
