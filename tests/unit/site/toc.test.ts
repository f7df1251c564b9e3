import { describe, expect, test } from 'vitest';
import { plainText, slugOf, tableOfContents } from '../../../src/lib/site/toc';

describe('tableOfContents', () => {
  test('lists the h2s in order, giving an id to each that has none and keeping ids already there', () => {
    const { html, entries } = tableOfContents('<h1>Page</h1><h2 class="x">Key facts</h2><p>…</p><h2 id="method">How we <a href="#">check</a></h2><h3>Not listed</h3>');
    expect(entries).toEqual([{ id: 's-key-facts', text: 'Key facts' }, { id: 'method', text: 'How we check' }]);
    expect(html).toContain('<h2 id="s-key-facts" class="x">Key facts</h2>');
    expect(html).toContain('<h2 id="method">');
  });

  test('never makes an id the page already uses, nor the same id twice', () => {
    const { entries } = tableOfContents('<p id="s-events"></p><h2>Events</h2><h2>Events</h2>');
    expect(entries.map((e) => e.id)).toEqual(['s-events-2', 's-events-3']);
  });

  test('reads headings as plain text, accents folded in their ids', () => {
    expect(plainText('<span lang="ja">浜松市</span> &amp; <b>Morelia</b>')).toBe('浜松市 & Morelia');
    expect(slugOf('Peristiwa terkait: Café')).toBe('s-peristiwa-terkait-cafe');
    expect(slugOf('浜松市')).toBe('s-section');
  });
});
