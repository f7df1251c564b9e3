import { defineConfig } from 'vitest/config';

// Four tiers: unit (pure code in Node, on small fixtures), content (the real content folder), site (one production
// build, then its files), e2e (real Chromium).
export default defineConfig({
  test: {
    // Browser tests mostly wait (for pages, maps, timers), so the machine has room for more than one file per core:
    // the built-site and unit tiers run beside them.
    maxWorkers: 4,
    projects: [
      // Pure code: the files of a tier share one module graph per worker instead of importing src/ again each. A test
      // that first cites builds citeproc's engines (a second or more each), which takes longer beside the browsers.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false, testTimeout: 30_000 } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', isolate: false } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // The files share one module graph per worker, so a page parsed for one test file serves the next.
          isolate: false,
          // The second, clean build runs beside the tests; tests/site/quality/reproducible.test.ts compares the two.
          globalSetup: ['tests/setup/build-site.ts', 'tests/setup/second-build.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: true,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts', 'tests/setup/serve-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
