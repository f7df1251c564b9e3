import { defineMiddleware } from 'astro:middleware';
import { loadModel } from './pages/_site';
import { lastChecked } from './lib/share/print-info';
import { withOwnPolicy } from './lib/site/csp';

/**
 * The day the facts were last checked, for the printed margins of every page (components/share/PrintMargins.astro);
 * and each HTML page's Content-Security-Policy trimmed to its own inline scripts and styles (lib/site/csp.ts), as it
 * renders rather than in a second pass over the written files.
 */
export const onRequest = defineMiddleware(async ({ locals }, next) => {
  locals.factsChecked ??= lastChecked(await loadModel());
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withOwnPolicy(await response.text()), response);
});
