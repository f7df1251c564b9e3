import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { DIST } from '../../helpers/dist';

/**
 * Files that may differ between two clean builds of the same commit, with the reason. None today: page order,
 * preview images, QR codes, search index, data files and the sitemap are all the same bytes.
 */
export const MAY_DIFFER: { file: RegExp; why: string }[] = [];

/** Every file of a build, by path inside it, with a SHA-256 of its bytes. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

async function secondBuild(): Promise<string> {
  const root = inject('secondBuild');
  const exit = join(root, 'exit-code');
  while (!existsSync(exit)) await new Promise((r) => setTimeout(r, 500));
  const code = readFileSync(exit, 'utf8');
  if (code !== '0') throw new Error(`the second build failed (${code}):\n${readFileSync(join(root, 'build.log'), 'utf8').slice(-2000)}`);
  return join(root, 'dist');
}

describe('a reproducible build', () => {
  test.skipIf(!inject('secondBuild'))('two clean builds of the same tree write the same files, byte for byte', async () => {
    const first = hashes(DIST);
    const second = hashes(await secondBuild());
    expect(first.size).toBeGreaterThan(100);
    const allowed = (file: string) => MAY_DIFFER.some((m) => m.file.test(file));
    const only = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((f) => !b.has(f) && !allowed(f));
    const differ = [...first].filter(([f, h]) => second.has(f) && second.get(f) !== h && !allowed(f)).map(([f]) => f);
    expect({ onlyInFirst: only(first, second), onlyInSecond: only(second, first), differentBytes: differ }).toEqual({ onlyInFirst: [], onlyInSecond: [], differentBytes: [] });
  }, 600_000);
});
