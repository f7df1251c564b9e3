import type { Lang } from './langs';

/** Strings of sharing and printing: the share panel, preview cards, short-link pages and printed margins. */
export const share = {
  id: {
    'share.open': 'Bagikan',
    'share.title': 'Bagikan halaman ini',
    'share.link': 'Tautan pendek',
    'share.native': 'Bagikan…',
    'share.copy': 'Salin tautan',
    'share.copied': 'Tautan disalin.',
    'share.copyFailed': 'Tidak dapat menyalin di sini: pilih tautan lalu salin.',
    'share.scan': 'Pindai dengan kamera ponsel untuk membuka halaman ini.',
    'share.kind.page': 'Halaman',
    'share.kind.city': 'Kota',
    'share.kind.program': 'Program',
    'share.kind.fact': 'Fakta',
    'print.printed': 'Dicetak pada {date}',
    'print.checked': 'Fakta terakhir diperiksa {date}',
    'print.sources': 'Sumber',
  },
  en: {
    'share.open': 'Share',
    'share.title': 'Share this page',
    'share.link': 'Short link',
    'share.native': 'Share…',
    'share.copy': 'Copy link',
    'share.copied': 'Link copied.',
    'share.copyFailed': 'Copying is blocked here: select the link and copy it.',
    'share.scan': 'Scan with a phone camera to open this page.',
    'share.kind.page': 'Page',
    'share.kind.city': 'City',
    'share.kind.program': 'Programme',
    'share.kind.fact': 'Fact',
    'print.printed': 'Printed on {date}',
    'print.checked': 'Facts last checked {date}',
    'print.sources': 'Sources',
  },
} as const satisfies Record<Lang, Record<string, string>>;
