// The open data files, /data/{cities,programs,events,facts,sources}.json: what each record holds. The build checks
// every file against these schemas before writing it, the CSV files are flattened from them, and each file's JSON
// Schema (/data/{name}.schema.json) and the data pages' field lists are derived from them. Field meanings are in
// `doc()` calls, in English and Indonesian.
import { z } from 'astro/zod';
import { FACT_STATUSES } from './facts';
import { SOURCE_KINDS } from './sources';
import { EVENT_STATUSES } from './events';
import { COORDINATE_PRECISIONS, CREATIVE_FIELDS, RELATIONS } from './cities';
import { PROGRAM_KINDS, STAGES } from './programs';
import { bilingual, citationRecord, dateOrNull, dateRecord, doc, entryId, historyRecord, ids, isoDay, pageUrls, texts } from './open-data-parts';

const id = doc(entryId, 'Stable id: the content file name, also the last part of the page address', 'Id tetap: nama berkas isi, juga bagian akhir alamat halaman');

export const factRecord = z.strictObject({
  id,
  url: pageUrls('The fact’s own page in each language, its permanent address', 'Halaman fakta ini dalam setiap bahasa, alamat tetapnya'),
  status: doc(z.enum(FACT_STATUSES), 'verified (a source confirms it), attributed (a source claims it; not confirmed) or disputed (sources disagree)', 'verified (sumber mengonfirmasi), attributed (sumber mengklaim; belum dikonfirmasi) atau disputed (sumber berbeda pendapat)'),
  statement: texts('The statement, one sentence per language', 'Pernyataan, satu kalimat per bahasa'),
  value: doc(bilingual.nullable(), 'The value the fact is about, as tables show it; null when it has none', 'Nilai yang dibahas fakta, seperti di tabel; null bila tidak ada'),
  date: dateOrNull('The date the fact stands for (for a disputed date, the adopted claim’s)', 'Tanggal fakta ini (untuk tanggal yang diperdebatkan, tanggal klaim yang dipakai)'),
  dateInferred: doc(z.boolean(), 'True when no source prints the date and the site inferred it', 'true bila tidak ada sumber yang mencetak tanggalnya dan situs menyimpulkannya'),
  adoptedClaim: doc(z.string().nullable(), 'Disputed facts: the key of the claim the site adopts; null otherwise', 'Fakta yang diperdebatkan: kunci klaim yang dipakai situs; selain itu null'),
  adoptedValue: doc(bilingual.nullable(), 'The value the site shows: the adopted claim’s for a disputed fact, else the fact’s value', 'Nilai yang ditampilkan situs: nilai klaim yang dipakai untuk fakta yang diperdebatkan, selain itu nilai fakta'),
  otherValues: doc(z.array(z.strictObject({ key: z.string(), value: bilingual, date: dateRecord.nullable(), sources: z.array(entryId) })), 'Disputed facts: every value the site does not adopt, with its date and sources', 'Fakta yang diperdebatkan: setiap nilai yang tidak dipakai situs, dengan tanggal dan sumbernya'),
  sources: doc(z.array(citationRecord), 'Citations of a verified or attributed fact', 'Kutipan sumber untuk fakta terverifikasi atau yang dikutip'),
  claims: doc(z.array(z.strictObject({ key: z.string(), value: bilingual, date: dateRecord.nullable(), adopted: z.boolean(), sources: z.array(citationRecord) })), 'Disputed facts: every competing value with its own citations', 'Fakta yang diperdebatkan: setiap nilai yang bersaing dengan kutipannya sendiri'),
  reason: doc(bilingual.nullable(), 'Disputed facts: why the site adopts its value', 'Fakta yang diperdebatkan: mengapa situs memakai nilainya'),
  caveat: doc(bilingual.nullable(), 'Attributed facts: what is not confirmed', 'Klaim yang dikutip: apa yang belum dikonfirmasi'),
  checked: doc(isoDay, 'Day the fact was last checked against its sources', 'Hari fakta terakhir diperiksa terhadap sumbernya'),
  added: doc(isoDay, 'Day the site first published the fact', 'Hari situs pertama kali menerbitkan fakta ini'),
  updated: doc(isoDay, 'Day the site last changed the fact (the same as added until it changes)', 'Hari situs terakhir mengubah fakta ini (sama dengan added sampai ada perubahan)'),
  history: doc(z.array(historyRecord), 'What the site did to the fact, oldest first', 'Apa yang dilakukan situs pada fakta ini, dari yang terlama'),
  cities: ids('Cities the fact is about (ids in cities.json)', 'Kota yang dibahas fakta ini (id di cities.json)'),
  programs: ids('Programmes the fact is about (ids in programs.json)', 'Program yang dibahas fakta ini (id di programs.json)'),
});

export const sourceRecord = z.strictObject({
  id,
  url: doc(z.url(), 'The address where the text was read', 'Alamat tempat teks itu dibaca'),
  page: pageUrls('The source’s entry in the list of sources, in each language', 'Entri sumber ini di daftar sumber, dalam setiap bahasa'),
  publisher: doc(z.string(), 'Who published it, as they name themselves', 'Penerbitnya, sebagaimana mereka menamai diri'),
  title: doc(z.string().nullable(), 'The title in the source’s own language; null when not known', 'Judul dalam bahasa sumber; null bila tidak diketahui'),
  titleInferred: doc(z.boolean(), 'True when the title was inferred (e.g. from the page address) rather than read as printed', 'true bila judul disimpulkan (misalnya dari alamat halaman), bukan dibaca apa adanya'),
  titleNote: doc(bilingual.nullable(), 'How the title is known when it was not read on the page itself', 'Bagaimana judul diketahui bila tidak dibaca di halaman itu sendiri'),
  author: doc(z.string().nullable(), 'Author or byline; null when not known', 'Penulis; null bila tidak diketahui'),
  authorNote: doc(bilingual.nullable(), 'How the author is known when only some copies name them', 'Bagaimana penulis diketahui bila hanya sebagian salinan menyebutnya'),
  date: dateOrNull('Publication date at its precision; null when not known', 'Tanggal terbit pada ketelitiannya; null bila tidak diketahui'),
  dateNote: doc(bilingual.nullable(), 'Why the date has the precision it has', 'Mengapa tanggal memiliki ketelitian seperti itu'),
  language: doc(z.string(), 'Language of the source text (BCP 47); quotes from it are in this language', 'Bahasa teks sumber (BCP 47); kutipan darinya dalam bahasa ini'),
  kind: doc(z.enum(SOURCE_KINDS), 'Kind of publisher: news, government, organisation, reference or company', 'Jenis penerbit: news, government, organisation, reference atau company'),
  founding: doc(z.boolean(), 'True for the two news articles the site was founded on', 'true untuk dua artikel berita yang menjadi dasar situs ini'),
  about: texts('What the page is, in each language', 'Apa halaman itu, dalam setiap bahasa'),
  citedBy: ids('Facts that cite the source (ids in facts.json)', 'Fakta yang mengutip sumber ini (id di facts.json)'),
});

export const eventRecord = z.strictObject({
  id,
  url: pageUrls('The event in the list of events, in each language', 'Peristiwa ini di daftar peristiwa, dalam setiap bahasa'),
  title: texts('Short title in each language', 'Judul singkat dalam setiap bahasa'),
  status: doc(z.enum(EVENT_STATUSES), 'happened, reported (not confirmed) or planned', 'happened (terjadi), reported (dilaporkan, belum dikonfirmasi) atau planned (direncanakan)'),
  date: doc(dateRecord, 'The event’s date at its precision, from its fact', 'Tanggal peristiwa pada ketelitiannya, dari faktanya'),
  fact: doc(entryId, 'The fact that dates and sources the event (id in facts.json)', 'Fakta yang memberi tanggal dan sumber peristiwa ini (id di facts.json)'),
  related: ids('Further facts about the event', 'Fakta lain tentang peristiwa ini'),
  place: doc(bilingual.nullable(), 'Where it took place, when the sources say', 'Tempatnya, bila sumber menyebutkan'),
  cities: ids('Cities involved', 'Kota yang terlibat'),
  programs: ids('Programmes it belongs to', 'Program tempat peristiwa ini'),
  added: doc(isoDay, 'Day the site added the event’s fact', 'Hari situs menambahkan fakta peristiwa ini'),
  updated: doc(isoDay, 'Day the site last changed the event’s fact', 'Hari situs terakhir mengubah fakta peristiwa ini'),
});

export const cityRecord = z.strictObject({
  id,
  url: pageUrls('The city’s page in each language', 'Halaman kota ini dalam setiap bahasa'),
  name: texts('The city’s name in each language', 'Nama kota dalam setiap bahasa'),
  native: doc(z.strictObject({ text: z.string(), lang: z.string() }).nullable(), 'The name in the city’s own script and its language, when not Latin', 'Nama dalam aksara kota itu sendiri dan bahasanya, bila bukan aksara Latin'),
  country: texts('Country name in each language', 'Nama negara dalam setiap bahasa'),
  countryCode: doc(z.string().regex(/^[A-Z]{2}$/), 'ISO 3166-1 alpha-2 country code', 'Kode negara ISO 3166-1 alpha-2'),
  coordinates: doc(z.strictObject({ lat: z.number(), lon: z.number(), fact: entryId, precision: z.enum(COORDINATE_PRECISIONS) }).nullable(), 'WGS84 degrees, the fact that cites them, and how finely the source gives them (second or minute)', 'Derajat WGS84, fakta yang mengutipnya, dan ketelitian sumber (detik atau menit)'),
  field: doc(z.enum(CREATIVE_FIELDS).nullable(), 'UNESCO Creative City field, for members', 'Bidang Kota Kreatif UNESCO, untuk anggota'),
  designation: doc(z.strictObject({ fact: entryId, date: dateRecord.nullable() }).nullable(), 'The fact giving the UNESCO designation, and its date', 'Fakta tentang penetapan UNESCO, dan tanggalnya'),
  relation: doc(z.enum(RELATIONS), 'How the city stands to Ambon: self, uccn-city or sister-city', 'Hubungan kota dengan Ambon: self, uccn-city atau sister-city'),
});

export const programRecord = z.strictObject({
  id,
  url: pageUrls('The programme’s page in each language', 'Halaman program ini dalam setiap bahasa'),
  title: texts('Title in each language', 'Judul dalam setiap bahasa'),
  kind: doc(z.enum(PROGRAM_KINDS), 'Kind of programme', 'Jenis program'),
  about: doc(entryId, 'The fact that says what the programme is', 'Fakta yang menjelaskan program ini'),
  partners: ids('Cities the programme concerns besides Ambon (the field keeps its name; it claims no partnership)', 'Kota selain Ambon yang terkait program ini (nama kolom tetap; tidak menyatakan kemitraan)'),
  stages: doc(z.array(z.strictObject({ stage: z.enum(STAGES), fact: entryId, date: dateRecord.nullable() })), 'Stages reached, each with the dated fact that backs it', 'Tahap yang dicapai, masing-masing dengan fakta bertanggal yang mendukungnya'),
  currentStage: doc(z.enum(STAGES), 'The furthest stage reached', 'Tahap terjauh yang dicapai'),
});

/** The five data files, each an array of records, in the order the data page lists them. */
export const DATA_FILES = {
  facts: factRecord,
  sources: sourceRecord,
  events: eventRecord,
  cities: cityRecord,
  programs: programRecord,
} as const;
export type DataName = keyof typeof DATA_FILES;
export type DataRecord<N extends DataName> = z.infer<(typeof DATA_FILES)[N]>;
