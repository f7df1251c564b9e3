import type { Lang } from '../../i18n/langs';
import { paths } from '../urls';
import type { Model } from '../site/model';
import type { Citation, FactData } from '../content/types';
import { dateView, toDateView, type DateView } from './date-view';
import { factDate, factDoubt, factValue, type Doubt, type ValueView } from './value-view';
import { entryHref } from './entry-lists';
import { citedSourceIds } from '../content/fact-evidence';

export interface CitationView {
  sourceId: string;
  href: string;
  publisher: string;
  title?: string;
  titleInferred: boolean;
  titleNote?: string;
  url: string;
  /** Language of the quote (the source's language). */
  quoteLang: string;
  quote?: string;
  /** The quote in the page's language, when the source is in another language. */
  translation?: string;
}

export interface LinkView {
  id: string;
  label: string;
  href: string;
}

export interface ClaimView {
  key: string;
  value: string;
  date?: DateView;
  adopted: boolean;
  citations: CitationView[];
}

export interface FactView extends FactHead {
  value?: string;
  date?: DateView;
  /** The date and the value with their doubt, as every other page shows them. */
  when?: ValueView;
  shown?: ValueView;
  /** The fact's doubt as a whole, for its statement shown elsewhere. */
  doubt: Doubt;
  citations: CitationView[];
  caveat?: string;
  claims: ClaimView[];
  reason?: string;
  checked: DateView;
  cities: LinkView[];
  programs: LinkView[];
}

/** The publishers of the sources a fact cites, each once, in citation order. */
export function factPublishers(model: Model, id: string): string[] {
  return [...new Set(citedSourceIds(model.fact(id).data).map((s) => model.source(s).data.publisher))];
}

/** What every view of a fact starts with: its page, its statement, its status and who backs it. */
export interface FactHead {
  id: string;
  href: string;
  statement: string;
  status: FactData['status'];
  publishers: string[];
}

export function toFactHead(model: Model, id: string, lang: Lang): FactHead {
  const d = model.fact(id).data;
  return { id, href: paths.fact(lang, id), statement: d.statement[lang], status: d.status, publishers: factPublishers(model, id) };
}

export function toCitationView(model: Model, citation: Citation, lang: Lang): CitationView {
  const source = model.source(citation.source.id).data;
  const view: CitationView = {
    sourceId: citation.source.id,
    href: entryHref(model, 'source', lang, citation.source.id),
    publisher: source.publisher,
    url: source.url,
    quoteLang: source.language,
    titleInferred: source.titleInferred,
  };
  if (source.title) view.title = source.title;
  if (source.titleNote) view.titleNote = source.titleNote[lang];
  if (citation.quote) {
    view.quote = citation.quote;
    const translation = source.language === lang ? undefined : citation.translation?.[lang];
    if (translation) view.translation = translation;
  }
  return view;
}

export function cityLinks(model: Model, ids: { id: string }[], lang: Lang): LinkView[] {
  return ids.map(({ id }) => ({ id, label: model.city(id).data.name[lang], href: paths.city(lang, id) }));
}

export function programLinks(model: Model, ids: { id: string }[], lang: Lang): LinkView[] {
  return ids.map(({ id }) => ({ id, label: model.program(id).data.title[lang], href: paths.program(lang, id) }));
}

/** Everything a reader sees of one fact, in one language. */
export function toFactView(model: Model, id: string, lang: Lang): FactView {
  const d = model.fact(id).data;
  const cite = (list: Citation[] = []) => list.map((c) => toCitationView(model, c, lang));
  const view: FactView = {
    ...toFactHead(model, id, lang),
    citations: cite(d.sources),
    claims: (d.claims ?? []).map((c) => {
      const claim: ClaimView = { key: c.key, value: c.value[lang], adopted: c.key === d.adopted, citations: cite(c.sources) };
      if (c.date) claim.date = dateView(c.date, lang);
      return claim;
    }),
    checked: dateView(d.checked, lang),
    doubt: factDoubt(model, id, lang),
    cities: cityLinks(model, d.cities, lang),
    programs: programLinks(model, d.programs, lang),
  };
  const date = model.factDate(id);
  if (date) view.date = toDateView(date, lang);
  const when = factDate(model, id, lang);
  if (when) view.when = when;
  const shown = factValue(model, id, lang);
  if (shown) view.shown = shown;
  if (d.value) view.value = d.value[lang];
  if (d.caveat) view.caveat = d.caveat[lang];
  if (d.reason) view.reason = d.reason[lang];
  return view;
}
