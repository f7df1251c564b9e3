// Each page's Content-Security-Policy names only the inline scripts and styles that page has. Astro writes the hash
// of every inline script and style of the whole build into every page's <meta> policy (eleven on a fact page, two of
// them its own); a hash is 50 bytes nothing can compress, so the middleware trims each page's policy as it renders.
// External files need no hash: `'self'` allows them.
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes an HTML page needs, per directive: one per inline script and style element it has. */
function ownHashes(html: string): Record<string, Set<string>> {
  const scripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => sha(m[1]!));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha(m[1]!));
  return { 'script-src': new Set(scripts), 'style-src': new Set(styles) };
}

/** The policy with every hash the page does not use left out; other sources stay as they are. */
export function trimPolicy(policy: string, html: string): string {
  const own = ownHashes(html);
  return policy
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      const used = own[name];
      if (!used) return directive;
      const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || used.has(s));
      return ` ${[name, ...kept].join(' ')}`;
    })
    .join(';');
}

/** A page with its <meta> policy trimmed to its own hashes; a page without one, as it is. */
export function withOwnPolicy(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  return html.replace(meta[0], () => meta[0].replace(meta[1]!, () => trimPolicy(meta[1]!, html)));
}
