import { defineMiddleware } from 'astro:middleware';
import { loadModel } from './pages/_site';
import { lastChecked } from './lib/share/print-info';

/** The day the facts were last checked, for the printed margins of every page (components/share/PrintMargins.astro). */
export const onRequest = defineMiddleware(async ({ locals }, next) => {
  locals.factsChecked ??= lastChecked(await loadModel());
  return next();
});
