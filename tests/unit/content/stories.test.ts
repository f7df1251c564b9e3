import { describe, expect, test } from 'vitest';
import { findStoryIssues, type StorySet } from '../../../src/lib/content/stories';
import { formatIssue } from '../../../src/lib/content/content-issue';

const FACTS = new Set(['designated', 'coordinates']);
const has = (id: string) => FACTS.has(id);
const good = 'Ambon was <F id="designated">designated in 2019</F>.\n\nIts point is <F id="coordinates">in the infobox</F>.\n';

function set(overrides: Partial<StorySet> = {}): StorySet {
  return {
    cities: [{ id: 'ambon', filePath: 'content/cities/ambon.mdx', body: good }],
    programs: [{ id: 'network', filePath: 'content/programs/network.mdx', body: good }],
    translations: [
      { id: 'cities/en/ambon', filePath: 'content/cities/en/ambon.mdx', body: good },
      { id: 'programs/en/network', filePath: 'content/programs/en/network.mdx', body: good },
    ],
    ...overrides,
  };
}
const issues = (s: StorySet) => findStoryIssues(s, has).map(formatIssue);

describe('stories of cities and programmes', () => {
  test('a city and a programme told in both languages, every paragraph linking a fact, have no issue', () => {
    expect(issues(set())).toEqual([]);
  });

  test('refuses an entry without its story in one language, naming the file to write', () => {
    const s = set({ cities: [{ id: 'ambon', filePath: 'content/cities/ambon.mdx', body: '\n' }], translations: [set().translations[0]!] });
    expect(issues(s)).toEqual([
      '  content/cities/ambon.mdx → story: the Bahasa Indonesia story is empty; write it below the frontmatter, each paragraph linking its facts with <F id="fact-id">…</F>',
      '  content/programs/en/network.mdx → (file): the English story of programme "network" is missing; create this file with the story only, no frontmatter',
    ]);
  });

  test('refuses a paragraph that links no fact, quoting its first words', () => {
    const body = `${good}\nThis paragraph rests on *nothing* at all, so a reader cannot check it.\n`;
    expect(issues(set({ programs: [{ id: 'network', filePath: 'content/programs/network.mdx', body }] }))).toEqual([
      '  content/programs/network.mdx → paragraph 3: links no fact ("This paragraph rests on nothing at all, so …"); link the fact each statement rests on with <F id="fact-id">…</F>, or delete the paragraph',
    ]);
  });

  test('refuses a link to an unknown fact, once per id', () => {
    const body = 'Ambon was <F id="designation">designated</F> and <F id="designation">again</F>.\n';
    expect(issues(set({ translations: [{ ...set().translations[0]!, body }, set().translations[1]!] }))).toEqual([
      '  content/cities/en/ambon.mdx → <F id>: unknown fact "designation"; use an id from content/facts/ (the file name without .yaml)',
    ]);
  });

  test('refuses a story for an entry that does not exist, or in a folder that is not a language', () => {
    const extra = [
      { id: 'cities/en/amboina', filePath: 'content/cities/en/amboina.mdx', body: good },
      { id: 'cities/fr/ambon', filePath: 'content/cities/fr/ambon.mdx', body: good },
    ];
    expect(issues(set({ translations: [...set().translations, ...extra] }))).toEqual([
      '  content/cities/en/amboina.mdx → (file): no city "amboina" to tell the story of; create content/cities/amboina.mdx or rename this file to an existing id',
      '  content/cities/fr/ambon.mdx → (file): "fr" is not a language for translated stories; put the file in a folder named en',
    ]);
  });

  test('refuses a city still written as YAML', () => {
    expect(issues(set({ cities: [{ id: 'ambon', filePath: 'content/cities/ambon.yaml' }] }))).toEqual([
      '  content/cities/ambon.yaml → (file): a city is written in MDX: move its fields into the frontmatter of content/cities/ambon.mdx, between --- lines, and write its story below',
    ]);
  });
});
