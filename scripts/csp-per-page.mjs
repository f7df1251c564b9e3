// Each page's Content-Security-Policy names only the inline scripts and styles that page has. Astro writes the
// hash of every inline script and style of the whole build into every page's <meta> policy (eleven on a fact
// page, two of them its own); a hash is 50 bytes nothing can compress, so this trims the policy after the build.
// External files need no hash: `'self'` allows them.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes an HTML page needs, per directive: one per inline script and style element it has. */
function ownHashes(html) {
  const scripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => sha(m[1]));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha(m[1]));
  return { 'script-src': new Set(scripts), 'style-src': new Set(styles) };
}

/** The policy with every hash the page does not use left out; other sources stay as they are. */
export function trimPolicy(policy, html) {
  const own = ownHashes(html);
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!(name in own)) return directive;
      const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || own[name].has(s));
      return ` ${[name, ...kept].join(' ')}`;
    })
    .join(';');
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

/** @returns {import('astro').AstroIntegration} */
export function cspPerPage() {
  return {
    name: 'ambon:csp-per-page',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const meta = META.exec(html);
          if (!meta) continue;
          const trimmed = html.replace(meta[0], meta[0].replace(meta[1], trimPolicy(meta[1], html)));
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
      },
    },
  };
}
