import { loadModel } from './_site';
import { shortLinks } from '../lib/share/short-links';
import { redirectsFile } from '../lib/share/redirects';

/** Files for static hosts that read them, at the site's root: `_redirects` answers the short links. */
export const getStaticPaths = () => [{ params: { hostfile: '_redirects' } }];

export async function GET() {
  return new Response(redirectsFile(shortLinks(await loadModel())), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
