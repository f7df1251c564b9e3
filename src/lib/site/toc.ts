/**
 * The contents list beside a long page: its h2 headings, read from the page's rendered HTML. A heading without an
 * id gets one from its text, so the list can link it; ids already there (MDX slugs, anchors) are kept.
 */

export interface TocEntry {
  id: string;
  text: string;
}

/** A page needs a contents list once it has this many sections. */
export const TOC_MIN = 3;

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);

/** The plain text of an HTML fragment: tags dropped, entities read, spaces collapsed. */
export function plainText(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** An id from a heading's text: lower case, letters and digits joined by hyphens, behind a `s-` prefix. */
export function slugOf(text: string): string {
  const slug = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `s-${slug || 'section'}`;
}

/** The page's HTML with an id on every h2, and the h2s in order. Ids made here never repeat one in the page. */
export function tableOfContents(html: string): { html: string; entries: TocEntry[] } {
  const taken = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const entries: TocEntry[] = [];
  const out = html.replace(/<h2(\s[^>]*)?>([\s\S]*?)<\/h2>/g, (whole, attrs: string | undefined, inner: string) => {
    const text = plainText(inner);
    if (!text) return whole;
    const own = /\sid="([^"]+)"/.exec(attrs ?? '')?.[1];
    if (own) {
      entries.push({ id: own, text });
      return whole;
    }
    let id = slugOf(text);
    for (let n = 2; taken.has(id); n++) id = `${slugOf(text)}-${n}`;
    taken.add(id);
    entries.push({ id, text });
    return `<h2 id="${id}"${attrs ?? ''}>${inner}</h2>`;
  });
  return { html: out, entries };
}
