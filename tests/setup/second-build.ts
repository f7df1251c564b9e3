import { spawn } from 'node:child_process';
import { mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { SITE } from '../helpers/dist';

const TEST = 'tests/site/quality/reproducible.test.ts';

/**
 * Starts a second, clean build of the same tree (its own output and an empty cache) in the background, so the
 * reproducibility test can compare it with the first while the other tests run. The folder lies inside the project:
 * Astro puts the pages it prerenders in `.astro/` when the output folder is elsewhere, and two builds must not share it.
 */
export default function setup(project: TestProject) {
  // Only when the run includes the test that needs it (a run of one other site test should not pay for a build).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (process.env.SKIP_SECOND_BUILD || (filters && !filters.some((f) => TEST.includes(f) || f.endsWith(TEST)))) return;
  const root = join(process.cwd(), 'node_modules/.cache/second-build');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const log = openSync(join(root, 'build.log'), 'w');
  const child = spawn('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', log, log],
    detached: true, // its own process group, so that stopping it early stops Astro too
    env: { ...process.env, SITE_URL: SITE, NODE_ENV: 'production', OUT_DIR: join(root, 'dist'), CACHE_DIR: join(root, 'cache') },
  });
  const done = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      writeFileSync(join(root, 'exit-code'), String(code ?? 'killed'));
      resolve();
    }),
  );
  project.provide('secondBuild', root);
  return async () => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await done;
    rmSync(root, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    secondBuild: string;
  }
}
