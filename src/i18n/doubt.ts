import type { Lang } from './langs';

/** How a value's doubt is said wherever the value shows, under `doubt.*` keys. */
export const doubt = {
  id: {
    'doubt.disputed': 'diperdebatkan',
    'doubt.disputed.long': 'diperdebatkan: sumber lain menyebut {others}',
    'doubt.attributed': 'menurut {who}',
    'doubt.inferred': 'disimpulkan',
    'doubt.inferred.long': 'disimpulkan: tidak ada sumber yang mencetak tanggal ini',
    'doubt.check': 'lihat faktanya',
    'doubt.titleInferred': 'judul disimpulkan dari alamat halaman',
    'doubt.authorUnconfirmed': 'penulis belum dipastikan secara independen',
  },
  en: {
    'doubt.disputed': 'disputed',
    'doubt.disputed.long': 'disputed: other sources give {others}',
    'doubt.attributed': 'according to {who}',
    'doubt.inferred': 'inferred',
    'doubt.inferred.long': 'inferred: no source prints this date',
    'doubt.check': 'see the fact',
    'doubt.titleInferred': 'title inferred from the page address',
    'doubt.authorUnconfirmed': 'byline not independently confirmed',
  },
} as const satisfies Record<Lang, Record<string, string>>;
