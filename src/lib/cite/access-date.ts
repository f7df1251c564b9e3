// The day a reader accessed a page, written as each citation format writes it. The build prints the day it made the
// page; where JavaScript runs, the page rewrites that day to the reader's own with these same functions. Pure: the
// server and the browser share it.
import type { Lang } from '../../i18n/langs';

/** Citation formats offered on every page, in the order they are shown. */
export const CITE_FORMATS = ['apa', 'harvard', 'bibtex', 'ris', 'csl-json'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** How a reader's name for each format reads, the same in both languages. */
export const FORMAT_NAMES: Record<CiteFormat, string> = { apa: 'APA', harvard: 'Harvard', bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' };

/** The locale citeproc formats text citations in: APA and Harvard are written with US English dates. */
const TEXT_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

/** Splits an ISO day (YYYY-MM-DD) into numbers. */
export function dayParts(isoDay: string): [number, number, number] {
  const [y, m, d] = isoDay.split('-').map(Number);
  return [y!, m!, d!];
}

/** The reader's calendar day, as an ISO day, from a local date. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One formatter per language: making one costs more than the formatting, and every page cites. */
const textDay = new Map<Lang, Intl.DateTimeFormat>();

/** The access day as it appears inside a citation of the given format. */
export function accessText(format: CiteFormat, lang: Lang, isoDay: string): string {
  const [y, m, d] = dayParts(isoDay);
  switch (format) {
    case 'apa':
    case 'harvard': {
      let day = textDay.get(lang);
      if (!day) textDay.set(lang, (day = new Intl.DateTimeFormat(TEXT_LOCALE[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })));
      return day.format(new Date(Date.UTC(y, m - 1, d)));
    }
    case 'bibtex':
      return isoDay;
    case 'ris':
      return `${y}/${m}/${d}/`;
    case 'csl-json':
      return `[[${y}, ${m}, ${d}]]`;
  }
}

/** The day this build runs (UTC, ISO): the access day a page's citation names until the reader's script writes theirs. */
export const buildDay = (): string => new Date().toISOString().slice(0, 10);
