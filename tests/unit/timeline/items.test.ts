import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../../src/i18n/ui';
import { designationEventId, earlierEventIds, eventMarks, listedEntries, TIMELINE_LIST_LIMIT, timelineEventIds, timelineStart, toTimeline } from '../../../src/lib/timeline/items';
import { aboutItem } from '../../../src/lib/timeline/name';
import { fixtureModel } from './fixture';

const model = fixtureModel();

describe('which events the timeline shows', () => {
  test('finds the designation through the city whose relation is self', () => {
    expect(designationEventId(model)).toBe('designated');
  });

  test('starts on the first of the month of the earliest date given for the designation', () => {
    expect(timelineStart(model)).toBe('2019-10-01');
  });

  test('shows every event from then on, oldest first, and leaves earlier ones to the events page', () => {
    expect(timelineEventIds(model)).toEqual(['round-2019', 'designated', 'round-2021', 'festival', 'exploration', 'meeting']);
    expect(earlierEventIds(model)).toEqual(['twinning-signed']);
  });
});

describe('how each date is drawn', () => {
  test('a disputed date gets one mark per dated claim, the adopted one marked', () => {
    expect(eventMarks(model, 'designated')).toEqual([
      { kind: 'point', first: '2019-10-30', last: '2019-10-30', adopted: false },
      { kind: 'point', first: '2019-10-31', last: '2019-10-31', adopted: true },
    ]);
  });

  test('a month is a span, a range a bar, a window a window', () => {
    expect(eventMarks(model, 'round-2019')).toEqual([{ kind: 'span', first: '2019-10-01', last: '2019-10-31' }]);
    expect(eventMarks(model, 'festival')).toEqual([{ kind: 'bar', first: '2024-10-30', last: '2024-10-31' }]);
    expect(eventMarks(model, 'exploration')).toEqual([{ kind: 'window', first: '2024-11-01', last: '2024-12-31' }]);
  });
});

describe.each(['en', 'id'] as const)('the words, in %s', (lang) => {
  const t = useTranslations(lang);
  const { data, entries, total, options } = toTimeline(model, lang, t);
  test('draws every event it lists', () => expect(total).toBe(data.items.length));
  const entry = (id: string) => entries.find((e) => e.item.id === id)!;

  test('planned and unconfirmed events say so in their label and their name', () => {
    // The title already says "planned", so it is not said twice.
    expect(entry('meeting').item.label).toBe(lang === 'en' ? 'Planned meeting' : 'Rencana pertemuan');
    expect(entry('exploration').item.label).toBe(`${t('timeline.label.reported')}: ${entry('exploration').event.title}`);
    expect(entry('meeting').item.name).toContain(t('event.status.planned'));
    expect(entry('meeting').item.name.startsWith(`${entry('meeting').item.label}. `)).toBe(true);
    expect(entry('festival').item.label).toBe(entry('festival').event.title);
  });

  test('names give the date as formatDate writes it, and the precision in words', () => {
    expect(entry('round-2019').item.name).toContain(lang === 'en' ? 'October 2019' : 'Oktober 2019');
    expect(entry('round-2019').precision).toBe(t('timeline.precision.month'));
    expect(entry('exploration').item.name).toContain(lang === 'en' ? 'a Wednesday in November–December 2024' : 'suatu hari Rabu, November–Desember 2024');
  });

  test('the disputed designation names both dates and the one the site uses', () => {
    const dispute = entry('designated').dispute!;
    expect(dispute).toContain(lang === 'en' ? '30 October 2019 or 31 October 2019' : '30 Oktober 2019 atau 31 Oktober 2019');
    expect(dispute).toMatch(lang === 'en' ? /uses 31 October 2019$/ : /memakai 31 Oktober 2019$/);
    expect(entry('designated').item.name).toContain(dispute);
  });

  test('runs to a month after the month of the latest day, and lanes follow the site order with "none" last', () => {
    expect(data.start).toBe('2019-10-01');
    expect(data.end).toBe('2025-03-01');
    expect(data.lanes.city.map((l) => l.key)).toEqual(['ambon', 'hamamatsu', '']);
    expect(data.lanes.city.at(-1)!.label).toBe(t('timeline.lane.noCity'));
    expect(data.lanes.program.map((l) => l.key)).toEqual(['twinning', '']);
    expect(options.cities.map((c) => c.key)).toEqual(['ambon', 'hamamatsu']);
    expect(options.programs.map((p) => p.key)).toEqual(['twinning']);
  });

  test('each drawn event names its place on the events pages and its fact\'s page, and what its name says after its label', () => {
    const { item, event } = entry('festival');
    expect(item.href).toBe(event.href);
    expect(item.fact).toBe(`/${lang}/facts/${model.event('festival').data.fact.id}/`);
    expect(`${item.label}. ${aboutItem(item)}`).toBe(item.name);
    expect(aboutItem(item)).toContain(t('event.status.happened'));
  });

  test('the page lists every event while they fit, and past the limit the latest ones, oldest first', () => {
    expect(entries.map((e) => e.item.id)).toEqual(data.items.map((i) => i.id));
    const ids = Array.from({ length: TIMELINE_LIST_LIMIT + 5 }, (_, i) => `e${i}`);
    expect(listedEntries(ids)).toEqual(ids.slice(5));
    expect(listedEntries(ids.slice(0, TIMELINE_LIST_LIMIT))).toEqual(ids.slice(0, TIMELINE_LIST_LIMIT));
    expect(listedEntries(ids, 3)).toEqual(['e26', 'e27', 'e28']);
  });
});
