import { expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content';
import { createModel } from '../../src/lib/site/model';
import { toFactView } from '../../src/lib/views/fact-view';
import { bibliography } from '../../src/lib/cite/citeproc';
import { plainForTemplate, textCitation } from '../../src/lib/cite/formats';
import { cslDay, pageItem } from '../../src/lib/cite/csl-item';
import { LANGS } from '../../src/i18n/langs';
import { ui } from '../../src/i18n/ui';

const model = createModel(loadContent(process.cwd()).content);

test('every fact page cited from a template gets the text citeproc writes, in both languages', async () => {
  let checked = 0;
  for (const lang of LANGS)
    for (const fact of model.facts) {
      const { statement } = toFactView(model, fact.id, lang);
      const item = { ...pageItem({ key: fact.id, title: statement, url: `https://ambon-music.example/${lang}/facts/${fact.id}/`, lang, siteName: ui[lang]['site.name'], updated: fact.data.checked }), accessed: cslDay('2026-12-02') };
      // The others go to citeproc itself.
      if (!plainForTemplate(item)) continue;
      for (const format of ['apa', 'harvard'] as const) {
        expect(await textCitation(item, format, lang), `${lang} ${fact.id} ${format}`).toBe(bibliography(item, format, lang));
        checked += 1;
      }
    }
  expect(checked).toBeGreaterThan(40);
}, 30_000);
