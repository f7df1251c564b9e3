import type { Lang } from '../../i18n/langs';
import { paths } from '../urls';
import type { Model } from '../site/model';
import type { SourceData } from '../content/types';
import { dateView, type DateView } from './date-view';

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
    href: paths.source(lang, id),
    publisher: d.publisher,
    about: d.about[lang],
    url: d.url,
    language: d.language,
    kind: d.kind,
    founding: d.founding,
    titleInferred: d.titleInferred,
    citedBy: model.factsCiting(id).map((f) => ({ id: f.id, href: paths.fact(lang, f.id) })),
  };
  if (d.title) view.title = d.title;
  if (d.titleNote) view.titleNote = d.titleNote[lang];
  if (d.author) view.author = d.author;
  if (d.authorNote) view.authorNote = d.authorNote[lang];
  if (d.date) view.date = dateView(d.date, lang);
  if (d.dateNote) view.dateNote = d.dateNote[lang];
  return view;
}

/** Name of a language in the reader's language, for quote and source labels. */
export function languageName(code: string, lang: Lang): string {
  return new Intl.DisplayNames([lang === 'id' ? 'id' : 'en'], { type: 'language' }).of(code) ?? code;
}
