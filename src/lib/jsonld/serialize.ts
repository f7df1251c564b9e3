import type { Thing, WithContext } from 'schema-dts';

/** CC BY 4.0, the licence of the site's text and data. */
export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** Adds the schema.org context to one node. */
export const withContext = <T extends Thing>(node: T): WithContext<T> => ({ '@context': 'https://schema.org', ...(node as object) }) as WithContext<T>;

/** JSON-LD text safe inside a <script> element: no `<` can close it early. */
export function jsonLdText(node: object): string {
  return JSON.stringify(node).replace(/</g, '\\u003c');
}
