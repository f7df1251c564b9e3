import { describe, expect, test } from 'vitest';
import { createModel } from '../../../src/lib/site/model';
import { assertShortIds, goPath, shortLinks, shortPathFor } from '../../../src/lib/share/short-links';
import { redirectsFile } from '../../../src/lib/share/redirects';
import { paths } from '../../../src/lib/urls';
import { fact, fixtureContent, fixtureModel } from '../map/fixture';

describe('short links', () => {
  const links = shortLinks(fixtureModel());
  const byId = new Map(links.map((l) => [l.id, l]));

  test('cover every section but home, every city, programme and fact, each landing in both languages', () => {
    expect(byId.get('map')?.target).toEqual({ id: '/id/map/', en: '/en/map/' });
    expect(byId.get('hamamatsu')).toMatchObject({ kind: 'city', target: { id: '/id/cities/hamamatsu/', en: '/en/cities/hamamatsu/' } });
    expect(byId.get('connect')).toMatchObject({ kind: 'program', target: { en: '/en/programs/connect/' } });
    expect(byId.get('letter')).toMatchObject({ kind: 'fact', target: { id: paths.fact('id', 'letter'), en: paths.fact('en', 'letter') } });
    expect(byId.has('home')).toBe(false);
    expect(links.length).toBe(12 + 5 + 3 + 8);
  });

  test('stop the build when a city and a fact would share one, naming both files', () => {
    const content = fixtureContent();
    content.facts.push(fact('busan', 'a fact that shares the city’s id'));
    expect(() => shortLinks(createModel(content))).toThrow(
      'short link /go/busan/ would lead to two pages: the city in content/cities/busan.yaml and the fact in content/facts/busan.yaml; rename one of the files so their ids differ',
    );
  });

  test('stop the build when an id clashes with a section or is no URL segment', () => {
    expect(() => assertShortIds([{ id: 'map', kind: 'page', file: 'src/lib/site/sections.ts' }, { id: 'map', kind: 'program', file: 'content/programs/map.yaml' }])).toThrow(
      /\/go\/map\/ would lead to two pages: the page in src\/lib\/site\/sections.ts and the program in content\/programs\/map.yaml/,
    );
    expect(() => assertShortIds([{ id: 'Café', kind: 'city', file: 'content/cities/Café.yaml' }])).toThrow(
      'content/cities/Café.yaml: "Café" cannot be a short link (/go/Café/); rename the file to lower-case letters, digits and hyphens',
    );
  });

  test('are found from a page’s own address', () => {
    expect(shortPathFor('/en/')).toBe('/');
    expect(shortPathFor('/id/timeline/')).toBe(goPath('timeline'));
    expect(shortPathFor('/en/cities/busan/')).toBe('/go/busan/');
    expect(shortPathFor('/id/programs/connect/')).toBe('/go/connect/');
    expect(shortPathFor('/en/facts/letter/')).toBe('/go/letter/');
    expect(shortPathFor('/en/facts/by/status/verified/')).toBeUndefined();
    expect(shortPathFor('/404.html')).toBeUndefined();
  });
});

describe('the _redirects file', () => {
  test('sends each language’s readers to their page, and leaves targets with a fragment to the static page', () => {
    const file = redirectsFile([
      ...shortLinks(fixtureModel()),
      { id: 'anchored', kind: 'fact', file: 'content/facts/anchored.yaml', target: { id: '/id/facts/#anchored', en: '/en/facts/#anchored' } },
    ]);
    expect(file).toContain('\n/go/busan/ /id/cities/busan/ 302 Language=id,ms\n/go/busan/ /en/cities/busan/ 302 Language=en\n');
    expect(file).not.toContain('/go/anchored/');
    expect(file.split('\n').filter((l) => l && !l.startsWith('#')).every((l) => /^\/go\/[a-z0-9-]+\/ \/(id|en)\/\S* 302 Language=[a-z,]+$/.test(l))).toBe(true);
  });
});
