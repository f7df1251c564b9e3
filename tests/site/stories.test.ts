import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contentIds, page } from '../helpers/dist';
import { readMdx } from '../helpers/load-content';
import { firstSentence, proseParagraphs } from '../../src/lib/content/prose-text';
import { paths } from '../../src/lib/urls';

const LANGS = ['id', 'en'] as const;
const stories = LANGS.flatMap((lang) =>
  (['cities', 'programs'] as const).flatMap((collection) =>
    contentIds(collection).map((id) => {
      const file = lang === 'id' ? `content/${collection}/${id}.mdx` : `content/${collection}/${lang}/${id}.mdx`;
      const route = collection === 'cities' ? paths.city(lang, id) : paths.program(lang, id);
      return [route, { file, body: readMdx(readFileSync(file, 'utf8')).body }] as const;
    }),
  ),
);

describe('the page of every city and programme', () => {
  test('exists for all 16 entries in both languages', () => {
    expect(stories).toHaveLength(32);
  });

  test.each(stories)('%s opens with its story, every paragraph linking a fact, above the data', (route, { body }) => {
    const root = page(route);
    const story = root.querySelector('article .story');
    expect(story, route).not.toBeNull();
    const paragraphs = story!.querySelectorAll('p');
    expect(paragraphs).toHaveLength(proseParagraphs(body).length);
    for (const p of paragraphs) expect(p.querySelector('a[data-fact]'), p.text.slice(0, 60)).not.toBeNull();
    // The story comes first: nothing but the kind label and the title before it, every section heading after it.
    const html = root.querySelector('article')!.innerHTML;
    expect(html.indexOf('class="prose story"')).toBeLessThan(html.indexOf('<h2'));
  });

  test.each(stories)('%s is described by the first sentence of its story', (route, { body }) => {
    const root = page(route);
    const first = firstSentence(body);
    expect(root.querySelector('meta[name=description]')?.getAttribute('content')).toBe(first);
    expect(root.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(first);
  });
});
