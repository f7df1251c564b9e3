import { describe, expect, test } from 'vitest';
import { findContentIssues } from '../../../src/lib/content/validate';
import { formatIssue } from '../../../src/lib/content/content-issue';
import type { ContentSet } from '../../../src/lib/content/types';
import { schemas } from '../../helpers/load-content';

const parse = <K extends keyof ContentSet>(name: K, id: string, data: unknown) =>
  ({ id, filePath: `content/${name}/${id}.${name === 'cities' || name === 'programs' ? 'mdx' : 'yaml'}`, data: schemas[name].parse(data) }) as ContentSet[K][number];

function content(overrides: { facts?: unknown[]; programs?: unknown[] } = {}): ContentSet {
  return {
    sources: [parse('sources', 'src-id', { publisher: 'ANTARA', about: { id: 'a', en: 'a' }, url: 'https://antaranews.com/x', language: 'id', kind: 'news' })],
    facts: (overrides.facts ?? [
      {
        statement: { id: 'Ambon ditetapkan.', en: 'Ambon was designated.' },
        date: '2019-10',
        status: 'verified',
        sources: [{ source: 'src-id', quote: 'Ambon ditetapkan', translation: { en: 'Ambon designated' } }],
        checked: '2026-11-23', history: [{ date: '2026-11-23', change: 'added' }],
        cities: ['ambon'],
      },
    ]).map((f, i) => parse('facts', i === 0 ? 'f-one' : `f-${i}`, f)),
    cities: [parse('cities', 'ambon', { name: { id: 'Ambon', en: 'Ambon' }, country: { id: 'Indonesia', en: 'Indonesia' }, countryCode: 'ID', relation: 'self', order: 1 })],
    programs: (overrides.programs ?? []).map((p, i) => parse('programs', `p-${i}`, p)),
    events: [],
  };
}

const issues = (c: ContentSet) => findContentIssues(c).map(formatIssue);

describe('findContentIssues', () => {
  test('passes consistent content', () => {
    expect(issues(content())).toEqual([]);
  });

  test('names the file and field of a reference to an unknown city or source', () => {
    const c = content({
      facts: [{ statement: { id: 'x', en: 'x' }, status: 'verified', sources: [{ source: 'nope', quote: 'q' }], checked: '2026-11-23', history: [{ date: '2026-11-23', change: 'added' }], cities: ['ambom'] }],
    });
    expect(issues(c)).toEqual([
      '  content/facts/f-one.yaml → sources[0].source: unknown source "nope"; create content/sources/nope.yaml or use an existing id',
      '  content/facts/f-one.yaml → cities[0]: unknown city "ambom"; create content/cities/ambom.mdx or use an existing id',
    ]);
  });

  test('asks for the translation of a quote in another language', () => {
    const c = content({
      facts: [{ statement: { id: 'x', en: 'x' }, status: 'verified', sources: [{ source: 'src-id', quote: 'kutipan' }], checked: '2026-11-23', history: [{ date: '2026-11-23', change: 'added' }] }],
    });
    expect(issues(c)).toEqual([
      '  content/facts/f-one.yaml → sources[0].translation.en: the quote is in "id" and needs a translation into en; add `translation: { en: "…" }`',
    ]);
  });

  test('requires an attributed claim to quote its source, and lets a verified fact cite one without a quote', () => {
    const fact = { statement: { id: 'x', en: 'x' }, sources: [{ source: 'src-id' }], checked: '2026-11-23', history: [{ date: '2026-11-23', change: 'added' }] };
    const attributed = content({ facts: [{ ...fact, status: 'attributed', caveat: { id: 'c', en: 'c' } }] });
    expect(issues(attributed)).toEqual(['  content/facts/f-one.yaml → sources: an attributed claim must quote the source it attributes; add the `quote` the source gives']);
    expect(issues(content({ facts: [{ ...fact, status: 'verified' }] }))).toEqual([]);
  });

  test('asks how an inferred date or title was inferred', () => {
    const c = content({ facts: [{ statement: { id: 'x', en: 'x' }, status: 'verified', date: '2024', dateInferred: true, sources: [{ source: 'src-id', quote: 'q', translation: { en: 'q' } }], checked: '2026-11-23', history: [{ date: '2026-11-23', change: 'added' }] }] });
    expect(issues(c)).toEqual(['  content/facts/f-one.yaml → caveat: an inferred date must say how it was inferred: add `caveat` in id and en']);
  });

  test('refuses stages out of order and stages on undated facts', () => {
    const base = content();
    const undated = parse('facts', 'f-undated', { statement: { id: 'x', en: 'x' }, status: 'verified', sources: [{ source: 'src-id', quote: 'q', translation: { en: 'q' } }], checked: '2026-11-23', history: [{ date: '2026-11-23', change: 'added' }] });
    const c: ContentSet = {
      ...base,
      facts: [...base.facts, undated],
      programs: [parse('programs', 'p-0', {
        title: { id: 'P', en: 'P' }, kind: 'sister-city', about: 'f-one', order: 1,
        stages: [{ stage: 'agreed', fact: 'f-one' }, { stage: 'exploring', fact: 'f-undated' }],
      })],
    };
    expect(issues(c)).toEqual([
      '  content/programs/p-0.mdx → stages[1].fact: fact "f-undated" has no date, but every stage must be backed by a dated fact; add `date` to content/facts/f-undated.yaml',
      '  content/programs/p-0.mdx → stages[1].stage: "exploring" comes after "agreed"; list stages in the order mapped → exploring → letter-prepared → agreed → active → completed',
    ]);
  });
});
