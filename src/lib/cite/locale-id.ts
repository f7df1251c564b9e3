/**
 * A CSL locale for Bahasa Indonesia, which citation-js does not ship: the words and date forms its citation styles
 * (APA, Harvard) print. Terms missing here fall back to the English locale inside the citation processor.
 * Month names are those Intl gives for `id-ID`, so the reader's access date can be written the same way in the
 * browser (src/lib/cite/access-date.ts).
 */
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const SHORT_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Mei', 'Jun.', 'Jul.', 'Agu.', 'Sep.', 'Okt.', 'Nov.', 'Des.'];
const SEASONS = ['musim semi', 'musim panas', 'musim gugur', 'musim dingin'];

const term = (name: string, text: string, form?: string) => `<term name="${name}"${form ? ` form="${form}"` : ''}>${text}</term>`;
const plural = (name: string, one: string, many: string, form?: string) =>
  `<term name="${name}"${form ? ` form="${form}"` : ''}><single>${one}</single><multiple>${many}</multiple></term>`;

const TERMS: [string, string][] = [
  ['accessed', 'diakses'],
  ['and', 'dan'],
  ['and others', 'dan lain-lain'],
  ['anonymous', 'anonim'],
  ['at', 'di'],
  ['available at', 'tersedia di'],
  ['by', 'oleh'],
  ['circa', 'sekitar'],
  ['cited', 'dikutip'],
  ['et-al', 'dkk.'],
  ['forthcoming', 'akan terbit'],
  ['from', 'dari'],
  ['ibid', 'ibid.'],
  ['in', 'dalam'],
  ['in press', 'dalam proses cetak'],
  ['internet', 'internet'],
  ['letter', 'surat'],
  ['no date', 'tanpa tanggal'],
  ['no-place', 'tanpa tempat'],
  ['no-publisher', 'tanpa penerbit'],
  ['on', 'pada'],
  ['online', 'daring'],
  ['original-work-published', 'karya asli terbit'],
  ['personal-communication', 'komunikasi pribadi'],
  ['presented at', 'disajikan pada'],
  ['reference', 'rujukan'],
  ['retrieved', 'diakses'],
  ['review', 'ulasan'],
  ['review-of', 'ulasan atas'],
  ['scale', 'skala'],
  ['version', 'versi'],
  ['dataset', 'set data'],
  ['software', 'perangkat lunak'],
  ['post', 'unggahan'],
  ['interview', 'wawancara'],
  ['map', 'peta'],
  ['collection', 'koleksi'],
  ['special-issue', 'edisi khusus'],
  ['supplement', 'suplemen'],
];
const SHORT_TERMS: [string, string][] = [['no date', 't.t.'], ['circa', 'skt.'], ['et-al', 'dkk.'], ['online', 'daring']];
const LOCATORS: [string, string, string, string, string][] = [
  // name, long singular, long plural, short singular, short plural
  ['edition', 'edisi', 'edisi', 'ed.', 'ed.'],
  ['page', 'halaman', 'halaman', 'hlm.', 'hlm.'],
  ['chapter', 'bab', 'bab', 'bab', 'bab'],
  ['volume', 'jilid', 'jilid', 'jil.', 'jil.'],
  ['issue', 'nomor', 'nomor', 'no.', 'no.'],
  ['paragraph', 'paragraf', 'paragraf', 'par.', 'par.'],
  ['part', 'bagian', 'bagian', 'bag.', 'bag.'],
  ['section', 'seksi', 'seksi', 'sek.', 'sek.'],
  ['figure', 'gambar', 'gambar', 'gbr.', 'gbr.'],
  ['editor', 'penyunting', 'penyunting', 'ed.', 'ed.'],
  ['translator', 'penerjemah', 'penerjemah', 'penerj.', 'penerj.'],
];

/** The locale as CSL XML, ready for citation-js's locale registry under `id-ID`. */
export const LOCALE_ID_XML = `<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="id-ID">
<style-options punctuation-in-quote="false"/>
<date form="text"><date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date>
<date form="numeric"><date-part name="day" form="numeric-leading-zeros" suffix="/"/><date-part name="month" form="numeric-leading-zeros" suffix="/"/><date-part name="year"/></date>
<terms>
${TERMS.map(([n, t]) => term(n, t)).join('\n')}
${SHORT_TERMS.map(([n, t]) => term(n, t, 'short')).join('\n')}
${LOCATORS.map(([n, one, many]) => plural(n, one, many)).join('\n')}
${LOCATORS.map(([n, , , one, many]) => plural(n, one, many, 'short')).join('\n')}
${term('open-quote', '“')}${term('close-quote', '”')}${term('open-inner-quote', '‘')}${term('close-inner-quote', '’')}
${term('page-range-delimiter', '–')}
${term('ordinal', '')}
${MONTHS.map((m, i) => term(`month-${String(i + 1).padStart(2, '0')}`, m)).join('\n')}
${SHORT_MONTHS.map((m, i) => term(`month-${String(i + 1).padStart(2, '0')}`, m, 'short')).join('\n')}
${SEASONS.map((s, i) => term(`season-0${i + 1}`, s)).join('\n')}
</terms>
</locale>`;
