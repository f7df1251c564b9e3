import { expect, test } from 'vitest';
import { cardImage, previewCards } from '../../../src/lib/og/preview-cards';
import { renderCard } from '../../../src/lib/og/render-card';
import { createModel } from '../../../src/lib/site/model';
import { loadContent } from '../../helpers/load-content';

const model = createModel(loadContent(process.cwd()).content);

test('the build has one preview card per shared page in each language, and one for the root', () => {
  const cards = previewCards(model);
  expect(cards[0]).toMatchObject({ page: 'site', card: { title: 'Ambon Kota Musik · Ambon City of Music' } });
  expect(new Set(cards.map((c) => c.page)).size).toBe(cards.length);
  expect(cards.filter((c) => c.page.startsWith('id/')).length).toBe(cards.filter((c) => c.page.startsWith('en/')).length);
  expect(cards.find((c) => c.page === 'en/map')?.card.kicker).toMatch(/ · English$/);
});

test('a card’s image is the card rendered for the host, and a page with no card has no image', async () => {
  const card = previewCards(model).find((c) => c.page === 'en/map')!;
  const png = await cardImage(model, 'en/map', 'ambon-music.example');
  expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
  expect(Buffer.from(png)).toEqual(await renderCard({ ...card.card, host: 'ambon-music.example' }));
  await expect(cardImage(model, 'en/nowhere', 'ambon-music.example')).rejects.toThrow(/not a preview card of the build/);
});
