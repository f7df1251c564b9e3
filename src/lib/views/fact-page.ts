// Everything the page of one fact shows beyond its card: each source in full with its own reference, the fact's
// history, and what on the site uses it.
import { LANGS, type Lang } from '../../i18n/langs';
import { paths } from '../urls';
import { perModel, perModelKey, type Model } from '../site/model';
import type { FactData } from '../content/types';
import { citedSourceIds } from '../content/fact-evidence';
import { dateView, type DateView } from './date-view';
import { cityLinks, programLinks, type LinkView } from './fact-view';
import { languageName, toSourceBase, type SourceBase } from './source-view';
import { primeCitations, primeReferences, referenceText } from '../cite/formats';
import { ui } from '../../i18n/ui';
import { pageItem, sourceItem, type PageCitation } from '../cite/csl-item';
import { entryHref } from './entry-lists';

/** A source in full on a fact page: the source, its language's name, and its own reference. */
export interface SourceDetail extends SourceBase {
  languageName: string;
  /** The source's own reference, APA, in the page's language. */
  reference: string;
}

export interface HistoryView {
  date: DateView;
  change: 'added' | 'changed';
  what?: string;
  why?: string;
}

export interface FactUses {
  cities: LinkView[];
  programs: LinkView[];
  events: LinkView[];
}

/** A source in full, for the fact page; `checked` is the day the site last read it for this fact. */
export async function toSourceDetail(model: Model, id: string, lang: Lang, checked?: string): Promise<SourceDetail> {
  const d = model.source(id).data;
  return {
    ...toSourceBase(model, id, lang),
    languageName: languageName(d.language, lang),
    reference: await referenceText(sourceItem(id, d, lang, checked), lang),
  };
}

/** The fact's history, oldest first, in one language. */
export function toHistory(fact: FactData, lang: Lang): HistoryView[] {
  return fact.history.map((h) => {
    const view: HistoryView = { date: dateView(h.date, lang), change: h.change };
    if (h.what) view.what = h.what[lang];
    if (h.why) view.why = h.why[lang];
    return view;
  });
}

/** The day the site added a fact and the day it last changed it (ISO days), from its history (never empty). */
export function factDays(fact: FactData): { added: string; updated: string } {
  return { added: fact.history[0]!.date, updated: fact.history.at(-1)!.date };
}

/** The events that cite each fact, for its date or as related, in the model's order: one pass over the events. */
const eventsOf = perModel((model) => {
  const byFact = new Map<string, Model['events'][number][]>();
  for (const e of model.events) {
    for (const id of new Set([e.data.fact.id, ...e.data.related.map((r) => r.id)])) {
      const list = byFact.get(id);
      if (list) list.push(e);
      else byFact.set(id, [e]);
    }
  }
  return byFact;
});

/** Cities, programmes and events that use a fact: those it is about, and those that cite it for a date or point. */
export function factUses(model: Model, id: string, lang: Lang): FactUses {
  const fact = model.fact(id).data;
  const about = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const cities = about(fact.cities);
  const programs = about(fact.programs);
  for (const c of model.cities) if (c.data.designation?.id === id || c.data.coordinates?.fact.id === id) cities.add(c.id);
  for (const p of model.programs) if (p.data.about.id === id || p.data.stages.some((s) => s.fact.id === id)) programs.add(p.id);
  const events = eventsOf(model).get(id) ?? [];
  return {
    cities: cityLinks(model, model.cities.filter((c) => cities.has(c.id)), lang),
    programs: programLinks(model, model.programs.filter((p) => programs.has(p.id)), lang),
    events: events.map((e) => ({ id: e.id, label: e.data.title[lang], href: entryHref(model, 'event', lang, e.id) })),
  };
}

/** Every fact's sources' references in one language, in a few citeproc runs (see primeReferences); once per build. */
const referencesIn = perModelKey((model, lang: Lang) =>
  primeReferences(model.facts.flatMap((f) => citedSourceIds(f.data).map((s) => sourceItem(s, model.source(s).data, lang, f.data.checked))), lang),
);

/**
 * Every fact's sources' references in every language: the first fact page asks for all of them, so where citeproc runs
 * in a worker per language, the languages are made side by side.
 */
const makeReferences = (model: Model) => Promise.all(LANGS.map((lang) => referencesIn(model, lang)));

/** What a fact's page cites: its statement, at its address, as of the day the site last changed it. */
export function factCitation(model: Model, id: string, lang: Lang, site: URL): Omit<PageCitation, 'lang' | 'siteName'> {
  const data = model.fact(id).data;
  return { key: id, title: data.statement[lang], url: new URL(paths.fact(lang, id), site).href, updated: factDays(data).updated };
}

interface CitedAs {
  lang: Lang;
  site: URL;
  /** The access day the citations name (ISO). */
  accessed: string;
}

/** Every fact page's APA and Harvard text in one language, in a few citeproc runs per format (see primeCitations). */
const factCitationsIn = perModelKey(
  (model, { lang, site, accessed }: CitedAs) =>
    primeCitations(model.facts.map((f) => pageItem({ ...factCitation(model, f.id, lang, site), lang, siteName: ui[lang]['site.name'] })), lang, accessed),
  ({ lang, site, accessed }) => `${lang} ${site.href} ${accessed}`,
);

/**
 * Makes all that fact pages cite, in both languages, once: their sources' references, and their own APA and Harvard
 * text. Each fact page awaits it; where citeproc runs beside the pages (`citeprocBeside`), the build starts it as it
 * renders its first page (src/middleware.ts), so it is made while a thousand other pages render.
 */
export function startCitations(model: Model, site: URL, accessed: string): Promise<void> {
  return Promise.all([makeReferences(model), ...LANGS.map((lang) => factCitationsIn(model, { lang, site, accessed }))]).then(() => undefined);
}

/** Every source a fact cites, each once, in full. */
export async function factSources(model: Model, id: string, lang: Lang): Promise<SourceDetail[]> {
  await makeReferences(model);
  const fact = model.fact(id).data;
  return Promise.all(citedSourceIds(fact).map((s) => toSourceDetail(model, s, lang, fact.checked)));
}
