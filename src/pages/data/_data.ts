import { createHash } from 'node:crypto';
import { loadModel } from '../_site';
import { ui } from '../../i18n/ui';
import { allData } from '../../lib/views/open-data';
import { DATA_FILES, type DataName } from '../../schemas/open-data';
import { columnsOf, toCsv, type Column } from '../../lib/open-data/table';
import { dataPackage, dataVersion } from '../../lib/open-data/package';
import { jsonSchemaOf } from '../../lib/open-data/json-schema';
import { paths } from '../../lib/urls';

export const DATA_NAMES = Object.keys(DATA_FILES) as DataName[];

export interface OpenData {
  json: Record<DataName, string>;
  csv: Record<DataName, string>;
  schema: Record<DataName, string>;
  columns: Record<DataName, Column[]>;
  datapackage: string;
  counts: Record<DataName, number>;
  version: string;
  /** Day of the last content change (ISO). */
  modified: string;
}

let cache: Promise<OpenData> | undefined;

/**
 * Every open data file, made once per build: records checked against their schema (a record that does not fit
 * stops the build with the file, the record and the field), then JSON, CSV, JSON Schema and the package descriptor.
 */
export function loadData(site: URL): Promise<OpenData> {
  cache ??= (async () => {
    const model = await loadModel();
    const records = allData(model, site);
    const t = ui.en;
    const out = { json: {}, csv: {}, schema: {}, columns: {}, counts: {} } as Pick<OpenData, 'json' | 'csv' | 'schema' | 'columns' | 'counts'>;
    for (const name of DATA_NAMES) {
      const list = records[name] as unknown[];
      list.forEach((record, i) => {
        const result = DATA_FILES[name].safeParse(record);
        if (!result.success) {
          const issue = result.error.issues[0]!;
          throw new Error(`open data: /data/${name}.json → [${i}] ${(record as { id: string }).id}: ${issue.path.join('.')}: ${issue.message}; fix the builder in src/lib/views/open-data.ts or the schema in src/schemas/open-data.ts`);
        }
      });
      out.json[name] = JSON.stringify(list, null, 1);
      out.columns[name] = columnsOf(DATA_FILES[name]);
      out.csv[name] = toCsv(list, out.columns[name]);
      out.counts[name] = list.length;
      const url = new URL(paths.dataFile(`${name}.schema.json`), site).href;
      out.schema[name] = JSON.stringify(jsonSchemaOf(DATA_FILES[name], url, t[`data.file.${name}`], t[`data.file.${name}.about`]), null, 1);
    }
    // The last content change: the latest day in any fact's history.
    const modified = model.facts.map((f) => f.data.history.at(-1)!.date).sort().at(-1)!;
    const hash = createHash('sha256');
    for (const name of DATA_NAMES) hash.update(out.json[name]);
    const version = dataVersion(modified, hash.digest('hex'));
    const datapackage = JSON.stringify(
      dataPackage(
        { title: t['data.package.title'], description: t['data.package.about'], homepage: new URL(paths.data('en'), site).href, version, modified, publisher: t['site.name'], site: new URL('/', site).href },
        DATA_NAMES.map((name) => ({ name, title: t[`data.file.${name}`], description: t[`data.file.${name}.about`], columns: out.columns[name] })),
      ),
      null,
      1,
    );
    return { ...out, datapackage, version, modified };
  })();
  return cache;
}
