import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { CARD, ROLES, TITLE_SIZES, cardTree, type Card } from '../../../src/lib/og/card-layout';
import { cardFonts, layoutCard, overflows } from '../../../src/lib/og/render-card';
import { pathBox, textBounds } from '../../../src/lib/og/text-bounds';

const base: Omit<Card, 'title'> = { kicker: 'Programme · English', site: 'Ambon City of Music', host: 'ambon-music.example' };
const TITLES = {
  short: 'Map',
  // The title that used to run off the card's right edge.
  programme: 'Ambon–Hamamatsu: penjajakan kota kembar dan kerja sama musik (musik dari dua kota)',
  longWord: 'Pemberdayaan-usaha-mikro-kecil-dan-menengah-berbasis-ekonomi-kreatif',
  paragraph: 'UNESCO designated Ambon a Creative City of Music in the UNESCO Creative Cities Network (UCCN) in October 2019; this site uses 31 October 2019, World Cities Day. '.repeat(3),
};

describe('text bounds', () => {
  test('take in every point of a path, and refuse relative commands rather than misread them', () => {
    expect(pathBox('M10 20L30.5 5Q40 60 12 18Z')).toEqual({ x0: 10, y0: 5, x1: 40, y1: 60 });
    expect(() => pathBox('M10 20l5 5')).toThrow(/unsupported/);
    const svg = '<svg><path fill="#fff" d="M1 2L3 4"/><path d="M0 0L9 9" fill="#FFF"/><path fill="#000" d="M5 5L6 6"/></svg>';
    expect(textBounds(svg).get('#fff')).toEqual({ x0: 0, y0: 0, x1: 9, y1: 9 });
  });
});

describe('a preview card', () => {
  test('keeps a title that is too large for its box detectably outside it', async () => {
    const svg = await satori(cardTree({ ...base, title: TITLES.paragraph }, TITLE_SIZES[0]) as Parameters<typeof satori>[0], {
      ...CARD,
      fonts: cardFonts(),
    });
    expect(overflows(svg).map((o) => o.role)).toEqual(['title']);
  });

  test.each(Object.entries(TITLES))('fits a %s title: every text inside its box', async (_name, title) => {
    const { svg, size } = await layoutCard({ ...base, title });
    expect(overflows(svg)).toEqual([]);
    const bounds = textBounds(svg);
    for (const role of Object.keys(ROLES) as (keyof typeof ROLES)[]) expect(bounds.get(ROLES[role].color), role).toBeDefined();
    // Nothing outside the card's 80 px side margins.
    for (const box of bounds.values()) expect(box.x0 >= 79.5 && box.x1 <= CARD.width - 79.5).toBe(true);
    if (title === TITLES.short) expect(size).toBe(TITLE_SIZES[0]);
  });

  test('shrinks a longer title rather than cutting it, and clamps only a title no size can hold', async () => {
    expect((await layoutCard({ ...base, title: TITLES.programme })).clamped).toBe(false);
    expect((await layoutCard({ ...base, title: TITLES.paragraph })).clamped).toBe(true);
  });

  test('refuses text its fonts cannot draw, naming it', async () => {
    await expect(layoutCard({ ...base, title: '浜松市' })).rejects.toThrow('preview card title "浜松市" has characters the card\'s font cannot draw');
  });
});
