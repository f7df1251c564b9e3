import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ui } from '../../../src/i18n/ui';

/** Every source file outside the string tables, where keys are used. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return full === join('src', 'i18n') ? [] : sources(full);
    return /\.(ts|astro|mjs)$/.test(name) ? [full] : [];
  });
}

const code = sources('src').map((f) => readFileSync(f, 'utf8')).join('\n');
/** Keys built at run time, as template literals with a literal head: `status.${s}` reads as /^status\.[\w-]+$/. */
const templates = [...code.matchAll(/`([a-z][\w.-]*\.)\$\{[^}]+\}((?:\.[\w-]+|\$\{[^}]+\})*)`/g)].map(
  ([, head, tail]) => new RegExp(`^${head!.replace(/\./g, '\\.')}[\\w-]+${tail!.replace(/\$\{[^}]+\}/g, '[\\w-]+').replace(/\.(?=[\w])/g, '\\.')}$`),
);
/** A plural key is read by its base: `t('facts.count', { count })` uses `facts.count.one` and `facts.count.other`. */
const base = (key: string) => key.replace(/\.(zero|one|two|few|many|other)$/, '');
const used = (key: string) => code.includes(`'${key}'`) || code.includes(`'${base(key)}'`) || templates.some((r) => r.test(key));

describe('UI strings', () => {
  test('every key is used by some code', () => {
    expect(templates.length).toBeGreaterThan(0);
    expect(Object.keys(ui.en).filter((k) => !used(k))).toEqual([]);
  });

  test('both languages have the same keys', () => {
    expect(Object.keys(ui.id).sort()).toEqual(Object.keys(ui.en).sort());
  });
});
