import type { Lang } from '../../i18n/langs';
import { paths } from '../urls';
import type { Model } from '../site/model';
import type { SourceData } from '../content/types';
import { dateView, type DateView } from './date-view';
import { entryHref } from './entry-lists';

/** What every view of a source shows: who published it, what it is, where, in which language, and how its title, author and date are known. */
export interface SourceBase {
  id: string;
  /** Its entry in the list of sources. */
  href: string;
  publisher: string;
  title?: string;
  titleInferred: boolean;
  titleNote?: string;
  /** The site's description of the page, shown when no title is known. */
  about: string;
  author?: string;
  authorNote?: string;
  date?: DateView;
  dateNote?: string;
  url: string;
  language: string;
}

/** A bibliography entry: the source, its kind, whether it is a founding article, and the facts that cite it. */
export interface SourceView extends SourceBase {
  kind: SourceData['kind'];
  founding: boolean;
  citedBy: { id: string; href: string }[];
}

/** A source in one language, as every view of it starts. */
export function toSourceBase(model: Model, id: string, lang: Lang): SourceBase {
  const d = model.source(id).data;
  const base: SourceBase = {
    id,
    href: entryHref(model, 'source', lang, id),
    publisher: d.publisher,
    about: d.about[lang],
    url: d.url,
    language: d.language,
    titleInferred: d.titleInferred === true,
  };
  return Object.assign(base, sourceNotes(d, lang));
}

/** A bibliography entry in one language. */
export function toSourceView(model: Model, id: string, lang: Lang): SourceView {
  const d = model.source(id).data;
  return {
    ...toSourceBase(model, id, lang),
    kind: d.kind,
    founding: d.founding,
    citedBy: model.factsCiting(id).map((f) => ({ id: f.id, href: paths.fact(lang, f.id) })),
  };
}

type SourceNotes = Pick<SourceView, 'title' | 'titleNote' | 'author' | 'authorNote' | 'date' | 'dateNote'>;

/** A source's title, author and date where known, each with the note that says how it is known, in one language. */
export function sourceNotes(d: SourceData, lang: Lang): SourceNotes {
  const notes: SourceNotes = {};
  if (d.title) notes.title = d.title;
  if (d.titleNote) notes.titleNote = d.titleNote[lang];
  if (d.author) notes.author = d.author;
  if (d.authorNote) notes.authorNote = d.authorNote[lang];
  if (d.date) notes.date = dateView(d.date, lang);
  if (d.dateNote) notes.dateNote = d.dateNote[lang];
  return notes;
}

/** Names of languages in each reader's language; made once, as making one takes longer than naming a language. */
const languageNames = { id: new Intl.DisplayNames(['id'], { type: 'language' }), en: new Intl.DisplayNames(['en'], { type: 'language' }) } satisfies Record<Lang, Intl.DisplayNames>;

const named = new Map<string, string>();

/** Name of a language in the reader's language, for quote and source labels. */
export function languageName(code: string, lang: Lang): string {
  const key = `${lang} ${code}`;
  let name = named.get(key);
  if (name === undefined) named.set(key, (name = languageNames[lang].of(code) ?? code));
  return name;
}
