/** Fact ids linked from MDX prose with `<F id="…">`, so a page can check them before it renders. */
export function findFactLinks(mdx: string): string[] {
  return [...mdx.matchAll(/<F\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** Throws with the file and the bad id when MDX prose links a fact that does not exist. */
export function assertFactLinks(file: string, mdx: string, has: (id: string) => boolean): void {
  const missing = findFactLinks(mdx).filter((id) => !has(id));
  if (missing.length > 0) {
    throw new Error(
      `${file} → <F id>: unknown fact ${missing.map((m) => `"${m}"`).join(', ')}; use an id from content/facts/ (the file name without .yaml)`,
    );
  }
}
