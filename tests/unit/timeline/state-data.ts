/** A small timeline as the page hands it to the island: five events, listed out of time order. */
import type { TimelineData, TimelineItem } from '../../../src/lib/timeline/types';

const item = (id: string, first: string, cities: string[], programs: string[] = []): TimelineItem => ({
  id,
  label: id,
  name: `Name of ${id}`,
  status: 'happened',
  marks: [{ kind: 'point', first, last: first }],
  href: `/en/events/#${id}`,
  fact: `/en/facts/${id}/`,
  cities,
  programs,
});

export const DATA: TimelineData = {
  start: '2019-10-01',
  end: '2025-01-01',
  items: [
    item('exploration', '2024-11-01', ['ambon', 'hamamatsu'], ['twinning']),
    item('designated', '2019-10-31', ['ambon']),
    item('chair', '2024-07-01', ['busan']),
    item('network', '2021-11-08', []),
    item('visit', '2023-03-15', ['hamamatsu'], ['twinning']),
  ],
  lanes: {
    city: [
      { key: 'ambon', label: 'Ambon' },
      { key: 'busan', label: 'Busan' },
      { key: 'hamamatsu', label: 'Hamamatsu' },
      { key: '', label: 'Whole network' },
    ],
    program: [
      { key: 'twinning', label: 'Twinning' },
      { key: '', label: 'No programme' },
    ],
  },
};

/** The events in time order. */
export const IN_TIME = ['designated', 'network', 'visit', 'chair', 'exploration'];

/** The same timeline a year later: one event gone, one new. */
export const LATER: TimelineData = {
  ...DATA,
  end: '2026-01-01',
  items: [...DATA.items.filter((i) => i.id !== 'chair'), item('festival', '2025-06-01', ['ambon'])],
};
