// Citation data in CSL-JSON, the form citation-js reads: one item for a page of this site, one for a source the site
// quotes. Plain data; formats.ts turns it into APA, Harvard, BibTeX, RIS and CSL-JSON text.
import type { Lang } from '../../i18n/langs';
import type { SourceData } from '../content/types';
import { parseDate, type DatePoint, type DateValue } from '../dates/parse-date';
import { dayParts } from './access-date';

export interface CslDate {
  'date-parts': number[][];
}

export interface CslItem {
  id: string;
  type: 'webpage' | 'article-newspaper' | 'dataset';
  title: string;
  author?: { literal: string }[];
  'container-title'?: string;
  publisher?: string;
  URL: string;
  language: string;
  version?: string;
  issued?: CslDate;
  accessed?: CslDate;
}

const parts = (p: DatePoint): number[] => p.iso.split('-').map(Number);

/** A date at its own precision: a month stays a month, a span keeps both ends. */
export function cslDate(value: DateValue): CslDate {
  return { 'date-parts': value.kind === 'point' ? [parts(value.at)] : [parts(value.from), parts(value.to)] };
}

/** An ISO day as a CSL date. */
export const cslDay = (isoDay: string): CslDate => ({ 'date-parts': [dayParts(isoDay)] });

export interface PageCitation {
  /** Stable citation key, e.g. the fact id. */
  key: string;
  title: string;
  /** Absolute URL of the page. */
  url: string;
  lang: Lang;
  /** This site's name in the page's language: the author and the website. */
  siteName: string;
  /** The day the page's content last changed (ISO), when the page has one. */
  updated?: string;
  /** The data set's version, for the data page. */
  version?: string;
  type?: 'webpage' | 'dataset';
}

/** A page of this site, authored and published by the site. The access day is added by formats.ts. */
export function pageItem(page: PageCitation): CslItem {
  const item: CslItem = {
    id: page.key.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'home',
    type: page.type ?? 'webpage',
    title: page.title,
    author: [{ literal: page.siteName }],
    'container-title': page.siteName,
    URL: page.url,
    language: page.lang,
  };
  if (page.type === 'dataset') item.publisher = page.siteName;
  if (page.version) item.version = page.version;
  if (page.updated) item.issued = cslDay(page.updated);
  return item;
}

/**
 * A source as its publisher presents it: the title in its own language, or the site's description of the page in
 * square brackets when no title is known (APA's form for untitled works), the publisher as the newspaper or website
 * (named once: APA leaves out a publisher that is also the site); the day the site last read it as accessed.
 */
export function sourceItem(id: string, source: SourceData, lang: Lang, checked?: string): CslItem {
  const item: CslItem = {
    id,
    type: source.kind === 'news' ? 'article-newspaper' : 'webpage',
    title: source.title ?? `[${source.about[lang]}]`,
    'container-title': source.publisher,
    URL: source.url,
    language: source.language,
  };
  if (source.author) item.author = [{ literal: source.author }];
  if (source.date) item.issued = cslDate(parseDate(source.date));
  if (checked) item.accessed = cslDay(checked);
  return item;
}
