import { LANGS, LANG_NAMES, type Lang } from '../../i18n/langs';
import type { ContentIssue } from './content-issue';
import { factLinkIssues, findFactLinks } from './fact-links';
import { proseParagraphs, proseText } from './prose-text';

/** Collections whose entries tell their story in every language. */
export const STORY_COLLECTIONS = ['cities', 'programs'] as const;
export type StoryCollection = (typeof STORY_COLLECTIONS)[number];

/** The language whose file holds an entry's data as well as its story. */
export const DEFAULT_LANG: Lang = LANGS[0];

/** An MDX file and its body, as the pages hand it to `src/lib`. */
export interface ProseFile {
  /** `hamamatsu` for an entry, `cities/en/hamamatsu` for its story in another language. */
  id: string;
  filePath: string;
  body?: string;
}

export interface StorySet {
  cities: ProseFile[];
  programs: ProseFile[];
  /** The stories in the languages after the default one, ids `<collection>/<lang>/<id>`. */
  translations: ProseFile[];
}

const SINGULAR: Record<StoryCollection, string> = { cities: 'city', programs: 'programme' };

/** Where an entry's story in a language other than the default one lives. */
export const translationId = (collection: StoryCollection, lang: Lang, id: string) => `${collection}/${lang}/${id}`;

/** The file an entry's story in `lang` is expected in, next to the default-language file. */
function storyPath(entry: ProseFile, collection: StoryCollection, lang: Lang): string {
  if (lang === DEFAULT_LANG) return entry.filePath;
  const dir = entry.filePath.includes('/') ? entry.filePath.slice(0, entry.filePath.lastIndexOf('/')) : `content/${collection}`;
  return `${dir}/${lang}/${entry.id}.mdx`;
}

/** A story's own problems: no prose, a paragraph that links no fact, a link to an unknown fact. */
function bodyIssues(file: string, lang: Lang, body: string | undefined, hasFact: (id: string) => boolean): ContentIssue[] {
  const paragraphs = proseParagraphs(body ?? '');
  if (paragraphs.length === 0) {
    return [{ file, field: 'story', message: `the ${LANG_NAMES[lang]} story is empty; write it below the frontmatter, each paragraph linking its facts with <F id="fact-id">…</F>` }];
  }
  const issues = paragraphs.flatMap((paragraph, i): ContentIssue[] => {
    if (findFactLinks(paragraph).length > 0) return [];
    const words = proseText(paragraph).split(' ').slice(0, 8).join(' ');
    return [{ file, field: `paragraph ${i + 1}`, message: `links no fact ("${words} …"); link the fact each statement rests on with <F id="fact-id">…</F>, or delete the paragraph` }];
  });
  return [...issues, ...factLinkIssues(file, body ?? '', hasFact)];
}

/**
 * Every city and programme has its story in every language, each paragraph of it links a fact, and every linked
 * fact exists; a story in another language belongs to an entry that exists. Returns every issue found.
 */
export function findStoryIssues(stories: StorySet, hasFact: (id: string) => boolean): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const translations = new Map(stories.translations.map((t) => [t.id, t]));
  for (const collection of STORY_COLLECTIONS) {
    const ids = new Set(stories[collection].map((e) => e.id));
    for (const entry of stories[collection]) {
      if (!entry.filePath.endsWith('.mdx')) {
        const mdx = entry.filePath.replace(/\.[^./]+$/, '.mdx');
        issues.push({ file: entry.filePath, field: '(file)', message: `a ${SINGULAR[collection]} is written in MDX: move its fields into the frontmatter of ${mdx}, between --- lines, and write its story below` });
        continue;
      }
      for (const lang of LANGS) {
        const file = storyPath(entry, collection, lang);
        if (lang === DEFAULT_LANG) {
          issues.push(...bodyIssues(file, lang, entry.body, hasFact));
          continue;
        }
        const story = translations.get(translationId(collection, lang, entry.id));
        if (story) issues.push(...bodyIssues(story.filePath, lang, story.body, hasFact));
        else issues.push({ file, field: '(file)', message: `the ${LANG_NAMES[lang]} story of ${SINGULAR[collection]} "${entry.id}" is missing; create this file with the story only, no frontmatter` });
      }
    }
    for (const t of stories.translations.filter((t) => t.id.startsWith(`${collection}/`))) {
      const [, lang, id] = t.id.split('/');
      if (!LANGS.includes(lang as Lang) || lang === DEFAULT_LANG) {
        const others = LANGS.filter((l) => l !== DEFAULT_LANG).join(', ');
        issues.push({ file: t.filePath, field: '(file)', message: `"${lang}" is not a language for translated stories; put the file in a folder named ${others}` });
      } else if (!ids.has(id!)) {
        issues.push({ file: t.filePath, field: '(file)', message: `no ${SINGULAR[collection]} "${id}" to tell the story of; create content/${collection}/${id}.mdx or rename this file to an existing id` });
      }
    }
  }
  return issues;
}
