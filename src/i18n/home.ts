import type { Lang } from './langs';

/** Strings of the home's opening: the designation, the network, the cooperation stages and the ways in. */
export const home = {
  id: {
    'home.glance': 'Sekilas',
    'home.since': 'Kota Musik UNESCO sejak',
    'home.partners': 'Kota Kreatif UNESCO dalam pemetaan kerja sama Ambon',
    'home.sisters': 'Kota kembar',
    'home.cooperation': 'Kerja sama, tahap saat ini',
    'home.explore': 'Jelajahi',
    'home.map': 'Ambon dan kota-kota yang terkait dengannya di peta dunia',
    'home.timeline': 'Setiap peristiwa bertanggal sejak penetapan',
  },
  en: {
    'home.glance': 'At a glance',
    'home.since': 'UNESCO City of Music since',
    'home.partners': 'UNESCO Creative Cities in the mapping of Ambon’s cooperation',
    'home.sisters': 'Sister cities',
    'home.cooperation': 'Cooperation, at its current stage',
    'home.explore': 'Explore',
    'home.map': 'Ambon and the cities linked to it, on a world map',
    'home.timeline': 'Every dated event since the designation',
  },
} as const satisfies Record<Lang, Record<string, string>>;
