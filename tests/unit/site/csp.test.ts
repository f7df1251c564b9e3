import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { trimPolicy, withOwnPolicy } from '../../../src/lib/site/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const SCRIPT = 'document.documentElement.dataset.js=""';
const STYLE = '.a{color:red}';
const OTHER = 'console.log(1)';
const POLICY = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha(SCRIPT)} ${sha(OTHER)}; style-src 'self' ${sha(STYLE)} ${sha('.b{}')}`;
const page = (policy: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${STYLE}</style><script type="module">${SCRIPT}</script><script src="/x.js"></script></head><body></body></html>`;

describe('each page’s Content-Security-Policy', () => {
  test('keeps the hashes of the page’s own inline scripts and styles and drops the rest', () => {
    const policy = trimPolicy(POLICY, page(POLICY));
    expect(policy).toContain(sha(SCRIPT));
    expect(policy).toContain(sha(STYLE));
    expect(policy).not.toContain(sha(OTHER));
    expect(policy).not.toContain(sha('.b{}'));
  });

  test('leaves every other source and directive as it was', () => {
    expect(trimPolicy(POLICY, page(POLICY))).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha(SCRIPT)}; style-src 'self' ${sha(STYLE)}`);
  });

  test('is written back into the page’s own <meta>, and a page without one is left as it is', () => {
    const html = withOwnPolicy(page(POLICY));
    expect(html).toBe(page(trimPolicy(POLICY, page(POLICY))));
    expect(withOwnPolicy('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});
