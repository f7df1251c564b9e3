import { describe, expect, test } from 'vitest';
import { cssString, lastChecked, printStyle } from '../../../src/lib/share/print-info';
import { embedPath, iframeCode } from '../../../src/lib/share/embed';
import { entryTitle, sharePages } from '../../../src/lib/share/share-pages';
import { useTranslations } from '../../../src/i18n/ui';
import { fact, fixtureContent, fixtureModel } from '../map/fixture';
import { createModel } from '../../../src/lib/site/model';
import { previewImagePath } from '../../../src/lib/og/image-path';

describe('print margins', () => {
  test('name the latest day any fact was checked', () => {
    const content = fixtureContent();
    content.facts.push(fact('late', 'late', { checked: '2026-12-01' }));
    expect(lastChecked(createModel(content))).toBe('2026-12-01');
    expect(lastChecked(fixtureModel())).toBe('2026-11-23');
  });

  test('get their texts as CSS strings, quotes and backslashes escaped, and the QR code as the address of its file', () => {
    expect(cssString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    const css = printStyle({ url: 'x.example/go/a/', qr: '/go/a/qr.svg', checked: 'Facts last checked 1 May', site: 'Site' });
    expect(css).toBe(':root{--print-url:"x.example/go/a/";--print-checked:"Facts last checked 1 May";--print-site:"Site";--print-qr:url("/go/a/qr.svg")}');
  });
});

describe('embeds', () => {
  test('give other sites a titled, lazy, borderless frame of the embed page', () => {
    expect(embedPath('en', 'map')).toBe('/embed/en/map/');
    expect(iframeCode('https://x.example/embed/en/map/#busan', 'Map & more "here"', 'map')).toBe(
      '<iframe src="https://x.example/embed/en/map/#busan" title="Map &amp; more &quot;here&quot;" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
    );
  });
});

describe('shared pages', () => {
  test('have titles and kinds for their preview cards; a fact shares the facts index’s card', () => {
    const model = fixtureModel();
    const pages = sharePages(model, 'en', useTranslations('en'));
    expect(pages.find((p) => p.path === '/en/cities/hamamatsu/')).toEqual({ path: '/en/cities/hamamatsu/', title: 'Hamamatsu, Country hamamatsu', kind: 'city' });
    expect(pages.find((p) => p.path === '/en/programs/connect/')?.title).toBe('Connectivity');
    expect(pages.some((p) => p.kind === 'fact')).toBe(false);
    expect(entryTitle(model, 'fact', 'letter', 'id')).toBe('letter (id)');
  });
});

describe('preview images', () => {
  test('are the page’s own card where it has one, else its language’s home card', () => {
    expect(previewImagePath('/en/cities/busan/')).toBe('/og/en/cities/busan.png');
    expect(previewImagePath('/id/map/')).toBe('/og/id/map.png');
    expect(previewImagePath('/en/')).toBe('/og/en.png');
    expect(previewImagePath('/en/changes/2/')).toBe('/og/en.png');
    expect(previewImagePath('/')).toBe('/og/site.png');
  });
});
