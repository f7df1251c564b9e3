import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { fileFor, htmlPages } from '../../helpers/dist';

/**
 * html-validate's recommended rules, with these exceptions:
 * - `long-title`: a fact page's title is its statement (the search result a reader sees); a length hint, not an error.
 * - `no-trailing-whitespace`: the build keeps line breaks written in content; whitespace inside text is valid HTML.
 * - `form-dup-name` also lets checkboxes share a name: the search filters send `kind=fact&kind=event` by design.
 */
export const htmlValidate = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      'long-title': 'off',
      'no-trailing-whitespace': 'off',
      'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    },
  }),
);

describe('valid HTML', () => {
  test('html-validate reports no error on any built page', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(100);
    const errors = pages.flatMap((path) => {
      const report = htmlValidate.validateStringSync(readFileSync(fileFor(path), 'utf8'), path);
      return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`));
    });
    expect(errors).toEqual([]);
  }, 180_000);

  test('the validator fails a page with an error', () => {
    const report = htmlValidate.validateStringSync('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p><img src="a.png"></body></html>', 'broken.html');
    expect(report.valid).toBe(false);
  });
});
