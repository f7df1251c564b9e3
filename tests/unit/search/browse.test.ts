import { expect, test } from 'vitest';
import { browseLinks } from '../../../src/lib/search/browse';

test('the lists to browse without search are the language’s facts, events and sources, in that order', () => {
  const names = { fact: 'Fakta', event: 'Peristiwa', source: 'Sumber' };
  expect(browseLinks('id', names)).toEqual([
    ['Fakta', '/id/facts/'],
    ['Peristiwa', '/id/events/'],
    ['Sumber', '/id/sources/'],
  ]);
  expect(browseLinks('en', { fact: 'Facts', event: 'Events', source: 'Sources' }).map(([, href]) => href)).toEqual(['/en/facts/', '/en/events/', '/en/sources/']);
});
