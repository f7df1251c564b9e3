import { expect, test } from 'vitest';
import { createModel, perModel, perModelKey } from '../../../src/lib/site/model';
import { loadContent } from '../../helpers/load-content';

const content = loadContent(process.cwd()).content;

test('what every page asks of the whole model is worked out once per model, and once per key', () => {
  const a = createModel(content);
  const b = createModel(content);
  let runs = 0;
  const count = perModel((model) => (runs++, model.facts.length));
  expect([count(a), count(a), count(b)]).toEqual([a.facts.length, a.facts.length, b.facts.length]);
  expect(runs).toBe(2);

  const calls: string[] = [];
  const bySite = perModelKey((model, site: URL) => (calls.push(site.href), `${model.facts.length} ${site.host}`), (site) => site.href);
  const one = bySite(a, new URL('https://one.example/'));
  // Another URL object for the same site is the same key; another site or another model is a new one.
  expect(bySite(a, new URL('https://one.example/'))).toBe(one);
  bySite(a, new URL('https://two.example/'));
  bySite(b, new URL('https://one.example/'));
  expect(calls).toEqual(['https://one.example/', 'https://two.example/', 'https://one.example/']);
});
