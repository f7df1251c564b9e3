// Reading a UI string: placeholders and plural forms, the same on the server and in islands.

import { fill, type Params } from './fill';

export { fill, type Params };

/** The base of plural keys: `facts.count` for `facts.count.one` and `facts.count.other`. */
export type PluralBase<K> = K extends `${infer B}.other` ? B : never;

const rules = new Map<string, Intl.PluralRules>();
/** The plural category (`one`, `other`, …) of a count in a locale. */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(count);
}

/**
 * A string from a table of flat keys. A key with plural forms (`key.one`, `key.other`, …) is read by its base
 * with a numeric `count` param; the form follows the locale's plural rules, with `other` as the fallback.
 */
export function translate(table: Readonly<Record<string, string>>, locale: string, key: string, params?: Params): string {
  let text = table[key];
  if (text === undefined && typeof params?.count === 'number') {
    text = table[`${key}.${pluralCategory(locale, params.count)}`] ?? table[`${key}.other`];
  }
  if (text === undefined) throw new Error(`unknown UI string: ${key}`);
  return params ? fill(text, params) : text;
}
