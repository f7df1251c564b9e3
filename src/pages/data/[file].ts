import type { APIContext } from 'astro';
import { DATA_NAMES, loadData } from './_data';

const TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

/** The open data files: each collection as JSON and CSV with its JSON Schema, and the Data Package descriptor. */
export function getStaticPaths() {
  return [
    { params: { file: 'datapackage.json' } },
    ...DATA_NAMES.flatMap((name) => [`${name}.json`, `${name}.csv`, `${name}.schema.json`].map((file) => ({ params: { file } }))),
  ];
}

export async function GET({ params, site }: APIContext) {
  const data = await loadData(site!);
  const file = params.file!;
  const name = file.split('.')[0] as (typeof DATA_NAMES)[number];
  const body = file === 'datapackage.json' ? data.datapackage : file.endsWith('.schema.json') ? data.schema[name] : file.endsWith('.csv') ? data.csv[name] : data.json[name];
  return new Response(body, { headers: { 'Content-Type': file.endsWith('.csv') ? TYPES.csv : TYPES.json } });
}
