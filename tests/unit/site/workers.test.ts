import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, test } from 'vitest';
import { canStartWorker, offload } from '../../../src/lib/site/workers';

const WORKERS = pathToFileURL(join(process.cwd(), 'src/lib/site/workers.ts')).href;
const dir = mkdtempSync(join(tmpdir(), 'workers-'));
/** A built module as the production build has them: plain .mjs, serving its functions to the workers it starts. */
const MODULE = join(dir, 'module.mjs');
writeFileSync(
  MODULE,
  `import { threadId } from 'node:worker_threads';
import { offload, serve } from ${JSON.stringify(WORKERS)};
export const fns = {
  where: () => threadId,
  add: (a, b) => a + b,
  fail: () => { throw new Error('boom'); },
  end: () => process.exit(3),
};
serve('sums', import.meta.url, fns);
export const remote = offload('sums', import.meta.url, fns, (name, args) => String(args[0] ?? 'one'));
// A second service in the same file, as a bundler may put two modules in one chunk.
export const other = { add: (a, b) => \`other \${a + b}\` };
serve('other', import.meta.url, other);
export const otherRemote = offload('other', import.meta.url, other, () => 'one');
`,
);
const built = (await import(/* @vite-ignore */ pathToFileURL(MODULE).href)) as {
  remote: { where: (lane?: string) => Promise<number>; add: (a: number, b: number) => Promise<number>; fail: () => Promise<never>; end: () => Promise<never> };
  otherRemote: { add: (a: number, b: number) => Promise<string> };
};

describe('functions offloaded to worker threads', () => {
  test('run in a worker when their module is built (.mjs), and where they are called when it is source', async () => {
    expect(canStartWorker(pathToFileURL(MODULE).href)).toBe(true);
    expect(canStartWorker(WORKERS)).toBe(false);
    expect(await built.remote.where('a')).not.toBe(threadId);
    const here = offload('here', WORKERS, { where: () => threadId }, () => 'one');
    expect(await here.where!()).toBe(threadId);
  });

  test('give their results, and one lane is one worker, another lane another', async () => {
    expect(await built.remote.add(2, 3)).toBe(5);
    const [a1, a2, b] = await Promise.all([built.remote.where('a'), built.remote.where('a'), built.remote.where('b')]);
    expect(a1).toBe(a2);
    expect(b).not.toBe(a1);
  });

  test('answer from their own service when two share a built file', async () => {
    expect(await built.remote.add(2, 3)).toBe(5);
    expect(await built.otherRemote.add(2, 3)).toBe('other 5');
  });

  test('fail with the worker’s error, and a worker that ends fails its call instead of leaving it waiting', async () => {
    await expect(built.remote.fail()).rejects.toThrow(/fail in a worker thread: Error: boom/);
    await expect(built.remote.end()).rejects.toThrow(/end: its worker thread ended \(exit code 3\)/);
    // The next call of that lane starts a new worker.
    expect(await built.remote.add(1, 1)).toBe(2);
  });

  test('never keep the process alive once their calls are answered', () => {
    const script = join(dir, 'main.mjs');
    writeFileSync(script, `import { remote } from ${JSON.stringify(pathToFileURL(MODULE).href)};\nconsole.log(await remote.add(20, 22));\n`);
    const out = execFileSync(process.execPath, [script], { timeout: 20_000, encoding: 'utf8' });
    expect(out.trim()).toBe('42');
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
