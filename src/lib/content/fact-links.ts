import type { ContentIssue } from './content-issue';

/** Fact ids linked from MDX prose with `<F id="…">`, so a page can check them before it renders. */
export function findFactLinks(mdx: string): string[] {
  return [...mdx.matchAll(/<F\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** One issue naming the file and every bad id when MDX prose links a fact that does not exist. */
export function factLinkIssues(file: string, mdx: string, has: (id: string) => boolean): ContentIssue[] {
  const missing = [...new Set(findFactLinks(mdx).filter((id) => !has(id)))];
  if (missing.length === 0) return [];
  return [
    {
      file,
      field: '<F id>',
      message: `unknown fact ${missing.map((m) => `"${m}"`).join(', ')}; use an id from content/facts/ (the file name without .yaml)`,
    },
  ];
}
