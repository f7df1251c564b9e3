import type { Lang } from './langs';

/** Strings of the embeddable map and timeline, and of the code that embeds them. */
export const embed = {
  id: {
    'embed.view': 'Lihat di situs',
    'embed.code.map': 'Sematkan peta ini',
    'embed.code.timeline': 'Sematkan linimasa ini',
    'embed.code.label': 'Kode HTML untuk disalin',
    'embed.code.help': 'Tempelkan kode ini ke halaman Anda. Untuk membuka satu kota atau peristiwa, pilih dulu di sini: kode mengikuti pilihan Anda.',
    'embed.copy': 'Salin kode',
    'embed.copied': 'Kode disalin.',
  },
  en: {
    'embed.view': 'View on the site',
    'embed.code.map': 'Embed this map',
    'embed.code.timeline': 'Embed this timeline',
    'embed.code.label': 'HTML code to copy',
    'embed.code.help': 'Paste this code into your page. To open it on one city or event, choose it here first: the code follows your choice.',
    'embed.copy': 'Copy code',
    'embed.copied': 'Code copied.',
  },
} as const satisfies Record<Lang, Record<string, string>>;
