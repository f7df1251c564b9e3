// The Frictionless Data Package descriptor (datapackage.json, v2) of the open data: each file as a resource, the CSV
// files with their Table Schema, the JSON files with their JSON Schema, and the version and licence.
import type { Column } from './table';
import { LICENCE_URL } from '../jsonld/serialize';

export interface DataFile {
  name: string;
  title: string;
  description: string;
  columns: Column[];
}

export interface PackageInfo {
  title: string;
  description: string;
  homepage: string;
  version: string;
  /** Day of the last content change (ISO). */
  modified: string;
  publisher: string;
  site: string;
}

/** The version of the data: the day of the last content change and a hash of what the files hold. */
export const dataVersion = (lastChange: string, hash: string) => `${lastChange}+${hash.slice(0, 12)}`;

function tableSchema(columns: Column[]) {
  return {
    fields: columns.map((c) => ({
      name: c.name,
      type: c.type,
      ...(c.doc ? { description: c.doc.en } : {}),
      ...(c.values ? { constraints: { enum: c.values } } : {}),
    })),
    primaryKey: ['id'],
    missingValues: [''],
  };
}

export function dataPackage(info: PackageInfo, files: DataFile[]) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'ambon-city-of-music',
    title: info.title,
    description: info.description,
    homepage: info.homepage,
    version: info.version,
    created: `${info.modified}T00:00:00Z`,
    licenses: [{ name: 'CC-BY-4.0', path: LICENCE_URL, title: 'Creative Commons Attribution 4.0 International' }],
    contributors: [{ title: info.publisher, path: info.site, roles: ['publisher'] }],
    keywords: ['Ambon', 'UNESCO Creative Cities Network', 'City of Music', 'Indonesia'],
    resources: files.flatMap((f) => [
      {
        name: f.name,
        title: f.title,
        description: f.description,
        path: `${f.name}.csv`,
        type: 'table',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', header: true },
        schema: tableSchema(f.columns),
      },
      {
        name: `${f.name}-json`,
        title: f.title,
        description: f.description,
        path: `${f.name}.json`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema: `${f.name}.schema.json`,
      },
    ]),
  };
}
