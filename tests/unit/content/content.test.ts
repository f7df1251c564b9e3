import { describe, expect, test } from 'vitest';
import { loadContent } from '../../helpers/load-content';
import { findContentIssues, formatIssue } from '../../../src/lib/content/validate';

const { content, issues } = loadContent(process.cwd());

describe('the content folder', () => {
  test('every file matches its schema', () => {
    expect(issues.map(formatIssue).join('\n')).toBe('');
  });

  test('every reference, translation and dated stage resolves across files', () => {
    expect(findContentIssues(content).map(formatIssue).join('\n')).toBe('');
  });
});
