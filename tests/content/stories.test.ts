import { describe, expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content';
import { findStoryIssues, STORY_COLLECTIONS } from '../../src/lib/content/stories';
import { formatIssue } from '../../src/lib/content/content-issue';
import { firstSentence, proseParagraphs, proseSentences, proseText } from '../../src/lib/content/prose-text';

// The real stories of cities and programmes: checks stricter than the build's, for the content as written now.
const { content, stories } = loadContent(process.cwd());
const facts = new Set(content.facts.map((f) => f.id));
const all = STORY_COLLECTIONS.flatMap((collection) =>
  content[collection].flatMap((entry) => [
    { collection, id: entry.id, lang: 'id', body: entry.body ?? '' },
    { collection, id: entry.id, lang: 'en', body: stories.translations.find((t) => t.id === `${collection}/en/${entry.id}`)?.body ?? '' },
  ]),
);
const words = (body: string) => proseText(body).split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('the stories of cities and programmes', () => {
  test('all 6 cities and 10 programmes have one in each language, with no issue the build would refuse', () => {
    expect(all).toHaveLength(32);
    expect(findStoryIssues(stories, (id) => facts.has(id)).map(formatIssue).join('\n')).toBe('');
  });

  test.each(all.map((s) => [`${s.collection}/${s.lang}/${s.id}`, s] as const))('%s links a fact in every sentence', (_name, story) => {
    const unlinked = proseParagraphs(story.body).flatMap((paragraph) => {
      let open = 0;
      return proseSentences(paragraph).filter((sentence) => {
        const linked = open > 0 || /<F\s/.test(sentence);
        open += (sentence.match(/<F\s/g) ?? []).length - (sentence.match(/<\/F>/g) ?? []).length;
        return !linked;
      });
    });
    expect(unlinked.map(proseText)).toEqual([]);
  });

  test.each(all.map((s) => [`${s.collection}/${s.lang}/${s.id}`, s] as const))('%s is as long as the brief asks', (_name, story) => {
    const [min, max] = story.collection === 'cities' ? [150, 400] : [100, 300];
    expect(words(story.body)).toBeGreaterThanOrEqual(min);
    expect(words(story.body)).toBeLessThanOrEqual(max);
  });

  test.each(all.map((s) => [`${s.collection}/${s.lang}/${s.id}`, s] as const))('%s opens with a sentence fit for a description', (_name, story) => {
    const first = firstSentence(story.body);
    expect(first.length).toBeGreaterThan(40);
    expect(first.length).toBeLessThanOrEqual(220);
    expect(first).toMatch(/[.!?]$/);
  });
});
