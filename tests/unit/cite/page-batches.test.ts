import { describe, expect, test, vi } from 'vitest';
import { Cite } from '@citation-js/core';
import { bibliography } from '../../../src/lib/cite/citeproc';
import { citeFormats, plainForTemplate, primeCitations } from '../../../src/lib/cite/formats';
import { cslDay, pageItem, type CslItem } from '../../../src/lib/cite/csl-item';
import { createModel } from '../../../src/lib/site/model';
import { factCitation } from '../../../src/lib/views/fact-page';
import { ui } from '../../../src/i18n/ui';
import { loadContent } from '../../helpers/load-content';

const model = createModel(loadContent(process.cwd()).content);
const SITE = new URL('https://ambon-music.example/');
const DAY = '2026-12-02';

/** What citeproc writes for the item alone, as citeFormats cites a page: APA without the page's date. */
function alone(item: CslItem, format: 'apa' | 'harvard', lang: 'id' | 'en'): string {
  const full = { ...item, accessed: cslDay(DAY) };
  const { issued: _, ...undated } = full;
  return bibliography(format === 'apa' ? undated : full, format, lang);
}
const runsOf = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter(([style]) => style === 'bibliography').length;

describe.each(['id', 'en'] as const)('fact pages cited in one run per format, in %s', (lang) => {
  const items = model.facts.map((f) => pageItem({ ...factCitation(model, f.id, lang, SITE), lang, siteName: ui[lang]['site.name'] }));
  const quoted = items.filter((item) => !plainForTemplate(item));

  test('the content has titles a template cannot cite', () => expect(quoted.length).toBeGreaterThan(20));

  test('one run per format makes them, and citing every fact page then runs citeproc for none of them', async () => {
    const runs = vi.spyOn(Cite.prototype, 'format');
    await primeCitations(items, lang, DAY);
    expect(runsOf(runs)).toBe(2);
    runs.mockClear();
    for (const item of quoted) await citeFormats(item, lang, DAY);
    expect(runsOf(runs)).toBe(0);
    runs.mockRestore();
  });

  test('every fact page: the same APA and Harvard text citeproc writes for it alone', async () => {
    await primeCitations(items, lang, DAY);
    for (const item of quoted) {
      const [apa, harvard] = await citeFormats(item, lang, DAY);
      expect(apa!.text, `${item.id} apa`).toBe(alone(item, 'apa', lang));
      expect(harvard!.text, `${item.id} harvard`).toBe(alone(item, 'harvard', lang));
    }
  }, 60_000);

  test('an author ending in a mark is left to its own run, with the same text', async () => {
    const odd = { ...quoted[0]!, id: 'odd', author: [{ literal: 'Kota Ambon Inc.' }], title: `${quoted[0]!.title} (odd)` };
    const runs = vi.spyOn(Cite.prototype, 'format');
    await primeCitations([odd], lang, DAY);
    expect(runsOf(runs)).toBe(0);
    runs.mockRestore();
    expect((await citeFormats(odd, lang, DAY))[0]!.text).toBe(alone(odd, 'apa', lang));
  });
});
