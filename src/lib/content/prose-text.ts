/** The paragraphs of an MDX body: blocks between blank lines, leaving out headings, imports, exports and comments. */
export function proseParagraphs(mdx: string): string[] {
  return mdx
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^(#|import\s|export\s|\{\/\*|<h[1-6][\s>])/.test(block));
}

/** MDX prose as plain text: tags and expressions dropped, links reduced to their text, emphasis removed. */
export function proseText(mdx: string): string {
  return mdx
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\{[^{}]*\}/g, '')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+|`/g, '')
    .replace(/(?<!\w)(__?)(.+?)\1(?!\w)/g, '$2')
    .replace(/&nbsp;|\s+/g, ' ')
    .trim();
}

// A full stop after these does not end a sentence: initials (Dominggus N. Kaya), "no." before a number.
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}|no|No|nos|e\.g|i\.e|cf|vs|St|Dr|Prof|dll|dsb|dkk)\.$/u;

// A sentence ends at `.`, `!` or `?` (closing quotes, brackets and a closing fact link included) before a space and
// a capital letter or digit, possibly inside an opening fact link or quote.
const SENTENCE_END = /[.!?]["”’)]*(?:<\/F>)?(?=\s+(?:<F\s[^>]*>)?["“‘(]?[\p{Lu}\d])/gu;

/** The sentences of one paragraph of MDX, markup kept, so that each can be checked for its fact link. */
export function proseSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(SENTENCE_END)) {
    if (m[0].startsWith('.') && ABBREVIATION.test(proseText(paragraph.slice(start, m.index + 1)))) continue;
    sentences.push(paragraph.slice(start, m.index + m[0].length).trim());
    start = m.index + m[0].length;
  }
  sentences.push(paragraph.slice(start).trim());
  return sentences.filter((s) => s !== '');
}

/** The first sentence of an MDX body, as plain text: the page's meta description and preview text. */
export function firstSentence(mdx: string): string {
  return proseText(proseSentences(proseParagraphs(mdx)[0] ?? '')[0] ?? '');
}
