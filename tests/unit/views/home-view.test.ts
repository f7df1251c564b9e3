import { describe, expect, test } from 'vitest';
import { toHomeView } from '../../../src/lib/views/home-view';
import { fixtureModel } from '../map/fixture';

describe('the home’s opening', () => {
  const view = toHomeView(fixtureModel(), 'en');

  test('leads with Ambon’s designation date, carrying its fact', () => {
    expect(view.designation?.date?.datetime).toBe('2019-10-31');
    expect(view.designation?.doubt.factId).toBe('designated');
  });

  test('names the network partners and the sister cities apart, linking their pages', () => {
    expect(view.partners).toEqual([
      { name: 'Hamamatsu', href: '/en/cities/hamamatsu/' },
      { name: 'Morelia', href: '/en/cities/morelia/' },
      { name: 'Busan', href: '/en/cities/busan/' },
    ]);
    expect(view.sisters.map((s) => s.name)).toEqual(['Darwin']);
  });

  test('gives each city cooperation its current stage, and says when only a claim backs it', () => {
    expect(view.cooperation.map((c) => [c.name, c.stage, c.claimOnly])).toEqual([
      ['Connectivity', 'mapped', false],
      ['Sister city', 'letter-prepared', true],
      ['Darwin', 'agreed', false],
    ]);
  });
});
