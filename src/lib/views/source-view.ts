import type { Lang } from '../../i18n/langs';
import { paths } from '../urls';
import type { Model } from '../site/model';
import type { SourceData } from '../content/types';
import { dateView, type DateView } from './date-view';
import { entryHref } from './entry-lists';

export interface SourceView {
  id: string;
  href: string;
  publisher: string;
  title?: string;
  titleInferred: boolean;
  titleNote?: string;
  about: string;
  author?: string;
  authorNote?: string;
  date?: DateView;
  dateNote?: string;
  url: string;
  language: string;
  kind: SourceData['kind'];
  founding: boolean;
  citedBy: { id: string; href: string }[];
}

/** A bibliography entry in one language. */
export function toSourceView(model: Model, id: string, lang: Lang): SourceView {
  const d = model.source(id).data;
  const view: SourceView = {
    id,
    href: entryHref(model, 'source', lang, id),
    publisher: d.publisher,
    about: d.about[lang],
    url: d.url,
    language: d.language,
    kind: d.kind,
    founding: d.founding,
    titleInferred: d.titleInferred,
    citedBy: model.factsCiting(id).map((f) => ({ id: f.id, href: paths.fact(lang, f.id) })),
  };
  return Object.assign(view, sourceNotes(d, lang));
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

/** Name of a language in the reader's language, for quote and source labels. */
export function languageName(code: string, lang: Lang): string {
  return new Intl.DisplayNames([lang === 'id' ? 'id' : 'en'], { type: 'language' }).of(code) ?? code;
}
