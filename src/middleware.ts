import { defineMiddleware } from 'astro:middleware';
import { loadModel } from './pages/_site';
import { lastChecked } from './lib/share/print-info';
import { withOwnPolicy } from './lib/site/csp';
import { citeprocBeside } from './lib/cite/citeproc';
import { buildDay } from './lib/cite/access-date';
import { startCitations } from './lib/views/fact-page';
import { qrBeside, startQrFiles } from './lib/share/qr-files';

/**
 * The day the facts were last checked, for the printed margins of every page (components/share/PrintMargins.astro);
 * and each HTML page's Content-Security-Policy trimmed to its own inline scripts and styles (lib/site/csp.ts), as it
 * renders rather than in a second pass over the written files. What runs beside the pages in worker threads starts
 * as the first page renders: the fact pages' citations and the QR files (see startCitations, startQrFiles); the page
 * that awaits one reports its failure.
 */
export const onRequest = defineMiddleware(async ({ locals, site }, next) => {
  const model = await loadModel();
  locals.factsChecked ??= lastChecked(model);
  if (citeprocBeside && site) startCitations(model, site, buildDay()).catch(() => {});
  if (qrBeside && site) startQrFiles(model, site).catch(() => {});
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withOwnPolicy(await response.text()), response);
});
