import { execFileSync } from 'node:child_process';
import { SITE } from '../helpers/dist';

/** Builds the site once per test run (pages, search index, data files); both site and e2e tiers read dist/. */
export default function setup() {
  if (process.env.SITE_BUILT || process.env.SKIP_BUILD) return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: SITE, NODE_ENV: 'production' } });
  process.env.SITE_BUILT = '1';
}
