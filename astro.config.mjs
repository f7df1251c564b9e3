// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { tileSource } from './src/lib/map/tile-source.ts';
import { LOCALE } from './src/i18n/langs.ts';
import { smallPreloadHelper } from './scripts/vite-preload-helper.mjs';

/** Public origin of the deployed site; canonical URLs, feeds, the sitemap, data files, previews and QR codes use it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.warn(`SITE_URL is not set: this build names ${site} in every link it prints. To publish: SITE_URL=https://your.domain npm run build`);
}
/**
 * Which built files go into the pages that use them: page stylesheets (`_astro/….css`, named by Astro's bundler) of at
 * most 2 KB; other assets as Vite does by default (under 4 KB). Stylesheets a script loads itself (`?url`, named by
 * their source path) stay files.
 * @param {string} file
 * @param {Buffer} content
 */
function inlineSmallStylesheets(file, content) {
  if (file.endsWith('.css')) return file.startsWith('_astro/') && content.length <= 2048;
  return content.length < 4096;
}

/** Optional raster tiles drawn over the built-in vector basemap. Empty string turns tiles off. */
const tileUrl = process.env.PUBLIC_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const tileOrigin = tileSource(tileUrl);

export default defineConfig({
  site,
  // Content fixtures build into their own folders (tests/site/bad-content.test.ts).
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Four pages render at once: while one waits on the disk or an image, another renders (same output, a quarter faster).
  // A page's own small stylesheets go into its HTML, where they share its compression and hold up nothing; the
  // layout's stylesheet, the same on every page, stays a file browsers cache (see inlineSmallStylesheets above).
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
  prerenderConflictBehavior: 'error',
  // A scoped style marks every element of its component with a class. Components on every page or repeated down a
  // list (header, search box, share and cite panels, doubt markers, fact filters) write global styles under their own
  // root class instead: the same rules, and 0.4 KB less gzip HTML per page.
  scopedStyleStrategy: 'class',
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'id', locales: LOCALE },
      // The root chooses a language, short links only forward, embeds live inside other sites: none is a page to list.
      filter: (page) => !/^\/($|go\/|embed\/)/.test(new URL(page).pathname),
    }),
  ],
  vite: {
    plugins: [smallPreloadHelper()],
    build: { assetsInlineLimit: inlineSmallStylesheets },
    define: { 'import.meta.env.PUBLIC_TILE_URL': JSON.stringify(tileUrl) },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ''}`,
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
