import type { APIContext } from 'astro';

/** Every page may be crawled; the sitemap lists them all, in both languages. */
export function GET({ site }: APIContext) {
  const sitemap = new URL('/sitemap-index.xml', site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
