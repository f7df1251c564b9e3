import { execFile } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures';
const OUT = 'tests/.output';

/** Copies the valid base content, lays the fixture's files over it, and builds; returns the exit and output. */
async function build(name: string): Promise<{ ok: boolean; output: string }> {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  if (name !== 'base') cpSync(join(FIXTURES, name), dir, { recursive: true });
  const env = { ...process.env, CONTENT_DIR: `./${dir}/content`, OUT_DIR: `./${dir}/dist`, CACHE_DIR: `./${dir}/cache`, NO_COLOR: '1', FORCE_COLOR: '0' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, maxBuffer: 1 << 24 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return { ok: false, output: e.stdout + e.stderr };
  }
}

const bad = readdirSync(FIXTURES).filter((name) => name.startsWith('bad-')).sort();

// One build per kind of failure: a schema error, a cross-file rule, an MDX fact link and a duplicate id. Every
// other message is pinned in the unit tests; these prove each kind stops the real build and is reported there.
describe('content fixtures', () => {
  test('cover each kind of failure once', () => {
    expect(bad).toEqual(['bad-cross-file', 'bad-duplicate-id', 'bad-prose-link', 'bad-schema']);
  });

  test.each(bad)('%s fails to build and says where and how to fix it', async (name) => {
    const expected = readFileSync(join(FIXTURES, name, 'expect.txt'), 'utf8').split('\n').filter(Boolean);
    const result = await build(name);
    expect(result.ok).toBe(false);
    // eslint-disable-next-line no-control-regex
    const plain = result.output.replace(/\x1b\[[0-9;]*m/g, '');
    for (const line of expected) expect(plain).toContain(line);
  });
});
