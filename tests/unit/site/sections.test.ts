import { describe, expect, test } from 'vitest';
import { SECTIONS, navigation } from '../../../src/lib/site/sections';

describe('the site’s sections', () => {
  test('each has its own address in each language', () => {
    for (const lang of ['id', 'en'] as const) {
      const addresses = SECTIONS.map((s) => s.path(lang));
      expect(new Set(addresses).size).toBe(SECTIONS.length);
      for (const a of addresses) expect(a).toMatch(new RegExp(`^/${lang}/([a-z]+/)?$`));
    }
  });

  test('the navigation lists the sections that have a name there, in order', () => {
    expect(navigation('en', '/en/').map((n) => n.href)).toEqual(SECTIONS.filter((s) => s.nav).map((s) => s.path('en')));
    expect(navigation('en', '/en/').map((n) => n.href)).not.toContain('/en/search/');
  });

  test('marks the page shown, and its section on the pages below it', () => {
    const marks = (path: string) => Object.fromEntries(navigation('id', path).filter((n) => n.current).map((n) => [n.href, n.current]));
    expect(marks('/id/')).toEqual({ '/id/': 'page' });
    expect(marks('/id/cities/')).toEqual({ '/id/cities/': 'page' });
    expect(marks('/id/cities/busan/')).toEqual({ '/id/cities/': 'true' });
    expect(marks('/id/search/')).toEqual({});
  });
});
