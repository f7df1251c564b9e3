import type { Lang } from './langs';

/** The press page and its printable fact sheet, under `press.*` keys. */
export const press = {
  id: {
    'press.title': 'Untuk pers',
    'press.intro': 'Fakta utama tentang Ambon sebagai Kota Kreatif Musik UNESCO, masing-masing dengan sumbernya dan tanggal terakhir diperiksa, cara mengutipnya, dan datanya.',
    'press.cite': 'Cara mengutip',
    'press.citeText': 'Tautkan halaman fakta itu sendiri: alamatnya tidak pernah berubah. Setiap halaman fakta memuat “Kutip fakta ini” dalam APA, Harvard, BibTeX, RIS, dan CSL-JSON, serta rujukan sumber aslinya. Sebutkan tanggal Anda membacanya dan tanggal fakta terakhir diperiksa.',
    'press.changesText': 'Bila sebuah fakta berubah setelah Anda mengutipnya, perubahannya tercatat di halaman fakta itu dan di daftar perubahan:',
    'press.dataText': 'Semua fakta, sumber, peristiwa, kota, dan program juga tersedia sebagai data terbuka (JSON dan CSV, CC BY 4.0):',
    'press.sheet': 'Lembar fakta',
    'press.sheetHelp': 'Lembar ini tercetak rapi di satu halaman A4.',
    'press.print': 'Cetak lembar fakta',
    'press.according': 'Menurut',
    'press.sheetMore': 'Semua fakta beserta sumbernya:',
  },
  en: {
    'press.title': 'For the press',
    'press.intro': 'The key facts about Ambon as a UNESCO Creative City of Music, each with its sources and the day it was last checked, how to cite them, and the data.',
    'press.cite': 'How to cite',
    'press.citeText': 'Link the fact’s own page: its address never changes. Every fact page has “Cite this fact” in APA, Harvard, BibTeX, RIS and CSL-JSON, and the original sources’ own references. Give the day you read it and the day the fact was last checked.',
    'press.changesText': 'If a fact changes after you cite it, the change is recorded on the fact’s page and in the list of changes:',
    'press.dataText': 'Every fact, source, event, city and programme is also open data (JSON and CSV, CC BY 4.0):',
    'press.sheet': 'Fact sheet',
    'press.sheetHelp': 'This sheet prints cleanly on one A4 page.',
    'press.print': 'Print the fact sheet',
    'press.according': 'According to',
    'press.sheetMore': 'All facts with their sources:',
  },
} as const satisfies Record<Lang, Record<string, string>>;
