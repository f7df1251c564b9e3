// Reads the items a reader lands on (a fact card, an event, a source) out of the built list pages, so the search
// record holds exactly the text shown at its anchor, in that page's language. Plain strings in, plain data out.
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';

/** A date as shown on the page: the reader's text and the machine form (`2019-10`, or `first/last` for spans). */
export interface ShownDate {
  text: string;
  iso: string;
  /** First day covered, ISO; used to order results by date. */
  first: string;
}

/** One anchored item of a list page. */
export interface PageItem {
  id: string;
  title: string;
  /** Every word a reader sees in the item, whitespace collapsed. */
  text: string;
  date?: ShownDate;
}

/** Elements that can sit inside a word (`<strong>thr</strong>ee`); every other boundary separates words. */
const INLINE = new Set(['abbr', 'b', 'code', 'em', 'i', 'mark', 'small', 'strong', 'sub', 'sup']);
/** Elements whose text is not reading text. */
const SKIPPED = new Set(['script', 'style', 'svg', 'template', 'button', 'noscript']);
/**
 * Text that is not an item's own: the small "[fact]" links (FactRef.astro) beside each value, which would match
 * nearly everything, and the map's and timeline's server-rendered fallbacks, which repeat cities and events that
 * have records of their own. Pagefind skips the same selectors when it indexes whole pages (scripts/pagefind.mjs).
 */
export const NOISE_SELECTORS = ['.fact-ref', 'city-map', 'event-timeline'];

/**
 * In a record, links that only name an id (`#ambon-designation`) or a web address repeat words the item already
 * says, and would rank an item above the city or programme it mentions.
 */
const isReference = (el: HTMLElement) => el.rawTagName?.toLowerCase() === 'a' && (el.classList.contains('url') || /^#[\w-]+$/.test(el.text.trim()));

function skipped(el: HTMLElement, also: readonly string[]): boolean {
  return (
    also.some((selector) => el.matches(selector)) ||
    isReference(el) ||
    SKIPPED.has(el.rawTagName?.toLowerCase() ?? '') ||
    el.hasAttribute('hidden') ||
    el.hasAttribute('data-pagefind-ignore') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.classList.contains('visually-hidden') ||
    NOISE_SELECTORS.some((selector) => el.matches(selector))
  );
}

/**
 * Visible text of an element with words kept apart at block boundaries (`<p>a</p><p>b</p>` → `a b`), leaving out
 * elements that match `also` besides the noise every record leaves out.
 */
export function readableText(root: HTMLElement, also: readonly string[] = []): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      parts.push(node.text);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    if (skipped(el, also)) return;
    const block = !INLINE.has(el.rawTagName?.toLowerCase() ?? '');
    if (block) parts.push(' ');
    for (const child of el.childNodes) walk(child);
    if (block) parts.push(' ');
  };
  for (const child of root.childNodes) walk(child);
  return parts
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)\]”’])/g, '$1')
    .replace(/([(\[“‘]) /g, '$1')
    .trim();
}

/** The date a `DateText` component rendered: `<time datetime>` or `<span class="date" data-first data-last>`. */
export function shownDate(el: HTMLElement | null | undefined): ShownDate | undefined {
  if (!el) return undefined;
  const text = readableText(el);
  const datetime = el.getAttribute('datetime');
  if (datetime) return { text, iso: datetime, first: datetime };
  const first = el.getAttribute('data-first');
  const last = el.getAttribute('data-last');
  if (first && last) return { text, iso: `${first}/${last}`, first };
  return undefined;
}

const DATE = 'time[datetime], .date[data-first]';

const ARTICLE_TAG = /<(\/?)article(?=[\s/>])[^>]*>/gi;

/**
 * The outermost `<article>` elements of a page, as HTML: a fact page is mostly header, panels and footer around one
 * small article, and parsing only the article makes reading a thousand fact pages ten times faster. The tags are
 * counted as they nest, so an article inside another stays inside it.
 */
export function articles(html: string): string {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (const tag of html.matchAll(ARTICLE_TAG)) {
    if (tag[1]) {
      if (depth > 0 && --depth === 0) out.push(html.slice(start, tag.index + tag[0].length));
    } else if (depth++ === 0) start = tag.index;
  }
  return out.join('\n');
}

/** Fact cards (a fact page's article, or a list's): statement as title, the fact's own date (not a claim's or the check date). */
export function extractFacts(html: string): PageItem[] {
  return parse(articles(html))
    .querySelectorAll('article.fact[id]')
    .map((el) => item(el, readableText(el.querySelector('.statement') ?? el), shownDate(el.querySelector('.fact-meta')?.querySelector(DATE))));
}

/** Events of `/{lang}/events/`: heading as title, the date in the event's first meta line. */
export function extractEvents(html: string): PageItem[] {
  return parse(html)
    .querySelectorAll('.event-list > li[id]')
    .map((el) => {
      const heading = el.querySelector('h2, h3, h4');
      return item(el, heading ? readableText(heading) : el.id, shownDate(el.querySelector('.meta')?.querySelector(DATE)));
    });
}

/**
 * What a source's record leaves out: placeholders for what is not known ("title not recorded"), and the lines about
 * the entry itself (its language, the facts citing it, notes on how its date or title was found).
 */
const SOURCE_LABELS = ['.muted', '.meta'];

/**
 * Sources of `/{lang}/sources/`: publisher and title as the title, or publisher and what the source is about when its
 * title is not recorded; the publication date (a direct child, not a note's).
 */
export function extractSources(html: string): PageItem[] {
  return parse(html)
    .querySelectorAll('.sources-list > li[id]')
    .map((el) => {
      const publisher = el.querySelector('strong');
      const cite = el.querySelector('cite');
      const about = el.childNodes.find((n): n is HTMLElement => n.nodeType === NodeType.ELEMENT_NODE && (n as HTMLElement).rawTagName === 'span' && !(n as HTMLElement).classList.length);
      const named = (cite && readableText(cite)) || (about && readableText(about));
      const title = [publisher && readableText(publisher), named].filter(Boolean).join(': ');
      const date = el.childNodes.find((n): n is HTMLElement => n.nodeType === NodeType.ELEMENT_NODE && (n as HTMLElement).matches?.(DATE));
      return item(el, title || el.id, shownDate(date), SOURCE_LABELS);
    });
}

function item(el: HTMLElement, title: string, date: ShownDate | undefined, also: readonly string[] = []): PageItem {
  const out: PageItem = { id: el.id, title, text: readableText(el, also) };
  if (date) out.date = date;
  return out;
}
