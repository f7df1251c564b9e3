// APA and Harvard text straight from citeproc, through citation-js. citeproc is the slowest part of a build (an engine
// takes most of a second to build, a citation a millisecond or two), so the production build runs it in a worker
// thread per language (lib/site/workers.ts), beside the pages being rendered: `citeproc` gives its calls as async
// functions; `bibliography` is the same call, here and now.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import type { Lang } from '../../i18n/langs';
import { LOCALE_ID_XML } from './locale-id';
import type { CslItem } from './csl-item';
import { canStartWorker, offload, serve } from '../site/workers';

/** The CSL locale each site language cites in; `id-ID` is this site's own (locale-id.ts). */
const CSL_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };
const TEMPLATE = { apa: 'apa', harvard: 'harvard1' } as const;

let registered = false;
/** Adds this site's Indonesian CSL locale, and sets the BibTeX writer to UTF-8; once per thread. */
export function registerLocale() {
  if (registered) return;
  const locales = plugins.config.get('@csl').locales;
  if (!locales.has('id-ID')) locales.add('id-ID', LOCALE_ID_XML);
  // The BibTeX writer's ASCII mode drops every character it has no LaTeX name for (′ ″ in coordinates, CJK names);
  // UTF-8 BibTeX keeps them, and latexSafe() escapes what LaTeX itself would misread.
  plugins.config.get('@bibtex').format.asciiOnly = false;
  registered = true;
}

/** APA or Harvard text of one item, straight from citeproc. */
export function bibliography(item: CslItem, format: 'apa' | 'harvard', lang: Lang): string {
  registerLocale();
  return new Cite(item).format('bibliography', { format: 'text', template: TEMPLATE[format], lang: CSL_LOCALE[lang] }).trim();
}

/** Items per citeproc run: a run of 1,000 takes a quarter longer than four of 250. */
const RUN_SIZE = 250;

/**
 * APA or Harvard text of many items, in runs of at most RUN_SIZE, by their place in `items`. The caller makes sure no
 * two items of a run could be told apart by a year letter, which an item cited alone never has.
 */
function bibliographies(items: CslItem[], format: 'apa' | 'harvard', lang: Lang): string[] {
  registerLocale();
  const texts: string[] = [];
  for (let start = 0; start < items.length; start += RUN_SIZE) {
    const run = items.slice(start, start + RUN_SIZE).map((item, i) => ({ ...item, id: `r${i}` }));
    const entries = new Cite(run).format('bibliography', { format: 'text', template: TEMPLATE[format], lang: CSL_LOCALE[lang], asEntryArray: true }) as unknown as [string, string][];
    const byId = new Map(entries.map(([id, text]) => [id, text.trim()]));
    run.forEach((item) => texts.push(byId.get(item.id) ?? ''));
  }
  return texts;
}

const inThread = { bibliography, bibliographies };
serve('citeproc', import.meta.url, inThread);
/** citeproc's two calls, async: in a worker thread per language where it can, else here. */
export const citeproc = offload('citeproc', import.meta.url, inThread, (_, args) => String(args[2]));
/** Whether citeproc runs beside the pages, in worker threads (the production build), rather than when a page asks. */
export const citeprocBeside = canStartWorker(import.meta.url);
