import { describe, expect, test } from 'vitest';
import { findContentIssues } from '../../../src/lib/content/validate';
import { findStoryIssues } from '../../../src/lib/content/stories';
import { formatIssue } from '../../../src/lib/content/content-issue';
import { loadContent } from '../../helpers/load-content';

// Each bad-* fixture lays one broken file over this base, so the base itself must be valid: then a fixture's
// build fails for its own reason only.
describe('the base content fixture', () => {
  test('has no problem of its own', () => {
    const { content, stories, issues } = loadContent('tests/fixtures/base');
    expect(issues.map(formatIssue)).toEqual([]);
    expect(findContentIssues(content).map(formatIssue)).toEqual([]);
    expect(findStoryIssues(stories, (id) => content.facts.some((f) => f.id === id)).map(formatIssue)).toEqual([]);
    expect(stories.translations.map((t) => t.id)).toEqual(['cities/en/ambon', 'programs/en/network']);
  });
});
