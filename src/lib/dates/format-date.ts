import { LOCALE, type Lang } from '../../i18n/langs';
import { parseDate, type DateInput, type DatePoint, type DateValue } from './parse-date';


const OPTIONS: Record<DatePoint['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

const WEEKDAY_WINDOW: Record<Lang, (weekday: string, span: string) => string> = {
  en: (weekday, span) => `a ${weekday} in ${span}`,
  id: (weekday, span) => `suatu hari ${weekday}, ${span}`,
};
const PLAIN_WINDOW: Record<Lang, (span: string) => string> = {
  en: (span) => `some time in ${span}`,
  id: (span) => `suatu waktu antara ${span}`,
};

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One formatter per language and precision: making one costs far more than using it, and pages format thousands. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, precision: DatePoint['precision']): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let fmt = formatters.get(key);
  if (!fmt) formatters.set(key, (fmt = new Intl.DateTimeFormat(LOCALE[lang], OPTIONS[precision])));
  return fmt;
}

/** A single date at exactly its own precision: a month is never shown as a day. */
export function formatPoint(point: DatePoint, lang: Lang): string {
  return formatter(lang, point.precision).format(utc(point.first));
}

function formatSpan(from: DatePoint, to: DatePoint, lang: Lang): string {
  if (from.precision === to.precision) {
    const fmt = formatter(lang, from.precision);
    if (from.iso === to.iso) return fmt.format(utc(from.first));
    return fmt.formatRange(utc(from.first), utc(to.first)).replace(/\s–\s|\s-\s/, '–');
  }
  return `${formatPoint(from, lang)} – ${formatPoint(to, lang)}`;
}

/** Formats a parsed date value in the reader's language. */
export function formatDateValue(value: DateValue, lang: Lang): string {
  switch (value.kind) {
    case 'point':
      return formatPoint(value.at, lang);
    case 'range':
      return formatSpan(value.from, value.to, lang);
    case 'window': {
      const span = formatSpan(value.from, value.to, lang);
      if (!value.weekday) return PLAIN_WINDOW[lang](span);
      const weekday = new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'long', timeZone: 'UTC' }).format(
        utc(firstWeekday(value)),
      );
      return WEEKDAY_WINDOW[lang](weekday, span);
    }
  }
}

/** Formats what an author wrote; see `parseDate` for the forms. */
export function formatDate(input: DateInput, lang: Lang): string {
  return formatDateValue(parseDate(input), lang);
}

function firstWeekday(value: Extract<DateValue, { kind: 'window' }>): string {
  // 2024-01-01 was a Monday; WEEKDAYS is Monday-first.
  const order = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  return `2024-01-0${order.indexOf(value.weekday!) + 1}`;
}
