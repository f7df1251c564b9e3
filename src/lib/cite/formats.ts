// Citation text in five formats, made by citation-js (citeproc for APA and Harvard, its BibTeX and RIS writers, its
// CSL-JSON output). Each text comes split around the access day, so a page can write the reader's own day there.
// APA and Harvard text comes from citeproc (citeproc.ts), which the production build runs beside the pages, so what
// needs it is async.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Lang } from '../../i18n/langs';
import { accessText, CITE_FORMATS, type CiteFormat } from './access-date';
import { cslDay, type CslItem } from './csl-item';
import { citeproc, registerLocale } from './citeproc';

const LATEX: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
/** Text as a UTF-8 BibTeX value: LaTeX's special characters escaped, everything else kept. */
export const latexSafe = (text: string) => text.replace(/[\\{}&%$#_~^]/g, (c) => LATEX[c] ?? `\\${c}`);

/** The item with its free text made safe for BibTeX. */
function forBibtex(item: CslItem): CslItem {
  const out: CslItem = { ...item, title: latexSafe(item.title) };
  if (item['container-title']) out['container-title'] = latexSafe(item['container-title']);
  if (item.publisher) out.publisher = latexSafe(item.publisher);
  if (item.author) out.author = item.author.map((a) => ({ literal: latexSafe(a.literal) }));
  return out;
}

/** One citation: its text, with the access day cut out where the format prints it. */
export interface CitationText {
  format: CiteFormat;
  /** The whole citation, as printed by the build. */
  text: string;
  /** Where the access day sits in `text`, when it does; the day itself is `text.slice(at, at + length)`. */
  access?: { at: number; length: number; day: string };
}

/**
 * RIS with one line per tag. @citation-js/plugin-ris 0.8.2 breaks every value after 70 characters, mid-word
 * (lib/ris.js: `value.replace(/(.{70})/g, '$1\n')`), and its own reader then joins the pieces with a space, so a long
 * title comes back changed; reference managers read a line without a tag as garbage. Joining each untagged line to
 * the line before undoes exactly that break.
 */
export function unwrapRis(text: string): string {
  return text.split('\n').reduce<string[]>((lines, line) => {
    if (/^[A-Z][A-Z0-9]  -( |$)/.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
    return lines;
  }, []).join('\n');
}

/** CSL-JSON with each date on one line, as people read it. */
function cslJson(items: object[]): string {
  return JSON.stringify(items, null, 2).replace(/\[\s*((?:\[[\d,\s]+\]\s*,?\s*)+)\]/g, (_, inner: string) =>
    `[${inner.replace(/\[([\d,\s]+)\]/g, (__, nums: string) => `[${nums.split(',').map((n) => n.trim()).join(', ')}]`).replace(/\]\s*,\s*\[/g, '], [').trim()}]`,
  );
}

/** What a text citation of an item is kept under: the item, the style and the language. */
const textKey = (item: CslItem, format: 'apa' | 'harvard', lang: Lang) => `${format} ${lang} ${JSON.stringify(item)}`;

// citeproc takes a millisecond or more per citation, and a build cites every page twice. Pages differ in their title
// and address only, so each shape of citation is made once, with marks in their place, and filled in per page. Only
// text citeproc would print unchanged takes that way: no quotes or apostrophes (it curls and pairs them), no markup,
// one closing mark at most (it merges punctuation). tests/unit/cite/templates.test.ts holds the two ways equal.
const PLAIN_TITLE = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ,;:()\-–—/%+]*[.?!]?$/u;
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9.\-_~/:%#]+$/;
const TITLE_MARK = 'Qqtitleqq';
const URL_MARK = 'https://qqurlqq.invalid/';
const templates = new Map<string, Promise<string | null>>();

/** Whether citeproc printed a mark exactly once, as written: only then may the text stand for the item's own. */
const printedOnce = (text: string, mark: string) => text.indexOf(mark) >= 0 && text.indexOf(mark) === text.lastIndexOf(mark);

/** Whether an item's title and address are text citeproc prints unchanged, so a template may cite it. */
export const plainForTemplate = (item: CslItem) => PLAIN_TITLE.test(item.title) && PLAIN_URL.test(item.URL);

/** The item's APA or Harvard text, from a template of its shape where that gives exactly citeproc's text. */
export async function textCitation(item: CslItem, format: 'apa' | 'harvard', lang: Lang): Promise<string> {
  if (!plainForTemplate(item)) return citeproc.bibliography(item, format, lang);
  const end = /[.?!]$/.exec(item.title)?.[0] ?? '';
  const shape = { ...item, id: 'page', title: TITLE_MARK + end, URL: URL_MARK };
  const key = textKey(shape, format, lang);
  let made = templates.get(key);
  if (!made) {
    made = citeproc.bibliography(shape, format, lang).then((text) => (printedOnce(text, TITLE_MARK + end) && printedOnce(text, URL_MARK) ? text : null));
    templates.set(key, made);
  }
  const template = await made;
  if (template === null) return citeproc.bibliography(item, format, lang);
  return template.replace(TITLE_MARK, () => item.title.slice(0, item.title.length - end.length)).replace(URL_MARK, () => item.URL);
}

/** The APA or Harvard text of an item, made in a batch by `primeCitations`, else from a template or by citeproc. */
async function pageText(item: CslItem, format: 'apa' | 'harvard', lang: Lang): Promise<string> {
  return batched.get(textKey(item, format, lang)) ?? textCitation(item, format, lang);
}

/** The items APA and Harvard cite for a page read on `accessed`: APA's without the page's own date (see citeFormats). */
function textItems(item: CslItem, accessed: string): Record<'apa' | 'harvard', CslItem> {
  const full = { ...item, accessed: cslDay(accessed) };
  const { issued: _, ...undated } = full;
  return { apa: undated, harvard: full };
}

const batched = new Map<string, string>();
const AUTHOR_MARK = (i: number) => `Qqauthor${i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))}qq`;

/**
 * Makes the APA and Harvard text of many pages in a few citeproc runs per language and format, for citeFormats to find:
 * the pages a template cannot cite (titles with quotes or apostrophes) would otherwise take a run each. In one
 * bibliography citeproc tells works by the same author and year apart ("2026a"), so each page is cited in the run
 * under an author of its own, a mark put back afterwards; tests/unit/cite/page-batches.test.ts holds the texts equal
 * to citeproc's for every fact page.
 */
export async function primeCitations(items: CslItem[], lang: Lang, accessed: string): Promise<void> {
  for (const format of ['apa', 'harvard'] as const) {
    const todo = items
      .map((item) => textItems(item, accessed)[format])
      .filter((item) => !plainForTemplate(item) && item.author?.length === 1 && /[\p{L}\p{N}]$/u.test(item.author[0]!.literal))
      .filter((item) => !batched.has(textKey(item, format, lang)));
    if (todo.length === 0) continue;
    const texts = await citeproc.bibliographies(todo.map((item, i) => ({ ...item, author: [{ literal: AUTHOR_MARK(i) }] })), format, lang);
    todo.forEach((item, i) => {
      const text = texts[i];
      const mark = AUTHOR_MARK(i);
      // A mark citeproc did not print once, as written, leaves that page to its own run.
      if (!text || !printedOnce(text, mark)) return;
      batched.set(textKey(item, format, lang), text.replace(mark, () => item.author![0]!.literal));
    });
  }
}

/** The BibTeX, RIS or CSL-JSON text of one item, from citation-js's writers. */
function machineText(item: CslItem, format: 'bibtex' | 'ris' | 'csl-json'): string {
  const cite = new Cite(format === 'bibtex' ? forBibtex(item) : item);
  switch (format) {
    case 'bibtex':
      return cite.format('bibtex').trim();
    case 'ris':
      return unwrapRis(cite.format('ris')).trim();
    case 'csl-json':
      return cslJson(cite.format('data', { format: 'object' }) as unknown as object[]);
  }
}

/**
 * Every format of one item, accessed on `accessed` (an ISO day). APA's style prints a retrieval date only for works
 * without a date of their own, which is right for a page that changes as facts are checked (APA 7, §9.16), so its
 * item leaves the update day out; the other formats keep both.
 */
export async function citeFormats(item: CslItem, lang: Lang, accessed: string): Promise<CitationText[]> {
  registerLocale();
  const items = textItems(item, accessed);
  const texts = await Promise.all(CITE_FORMATS.map((format) => (format === 'apa' || format === 'harvard' ? pageText(items[format], format, lang) : machineText(items.harvard, format))));
  return CITE_FORMATS.map((format, i) => {
    const text = texts[i]!;
    const needle = accessText(format, lang, accessed);
    const at = text.lastIndexOf(needle);
    return at < 0 ? { format, text } : { format, text, access: { at, length: needle.length, day: accessed } };
  });
}

const references = new Map<string, Promise<string>>();

/**
 * One text citation (APA or Harvard) of an item as published, with no access day: a source's own reference. Made
 * once per item, language and format: every fact page citing a source shows the same reference, and citeproc takes
 * milliseconds per call. `primeReferences` makes many at once.
 */
export function referenceText(item: CslItem, lang: Lang, format: 'apa' | 'harvard' = 'apa'): Promise<string> {
  const key = textKey(item, format, lang);
  let text = references.get(key);
  if (text === undefined) references.set(key, (text = citeproc.bibliography(item, format, lang)));
  return text;
}

/**
 * Who and when an APA reference names first: citeproc tells two references with the same apart ("2019a", "2019b")
 * when they are in one bibliography, which a reference shown on its own never is. (Harvard names a newspaper where
 * there is no author, so this key holds for APA only.)
 */
const confusable = (item: CslItem) => `${item.author?.[0]?.literal ?? item.title}|${item.issued?.['date-parts'][0]?.[0] ?? 'n.d.'}`;

/**
 * Makes the APA references of many items in a few citeproc runs, for `referenceText` to find: about four times faster
 * than one run per item. No run holds two items that share who and when, so each text is the one `referenceText`
 * would make alone (tests/unit/cite/references.test.ts holds the two equal).
 */
export async function primeReferences(items: CslItem[], lang: Lang): Promise<void> {
  const groups = new Map<string, Map<string, CslItem>>();
  for (const item of items) {
    const key = textKey(item, 'apa', lang);
    if (references.has(key)) continue;
    const group = groups.get(confusable(item)) ?? groups.set(confusable(item), new Map()).get(confusable(item))!;
    group.set(key, item);
  }
  // Run k takes the k-th item of every group.
  const runs: [string, CslItem][][] = [];
  for (const group of groups.values()) [...group].forEach((entry, k) => (runs[k] ??= []).push(entry));
  await Promise.all(
    runs.map((run) => {
      const texts = citeproc.bibliographies(run.map(([, item]) => item), 'apa', lang);
      run.forEach(([key], i) => {
        const text = texts.then((all) => all[i]!);
        // A failed run is reported by what awaits primeReferences; the stored texts must not crash the build again.
        text.catch(() => {});
        references.set(key, text);
      });
      return texts;
    }),
  );
}
