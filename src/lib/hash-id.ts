/** The id a URL fragment names (`#hamamatsu` → `hamamatsu`); a malformed escape such as `#%E0` names nothing. */
export function hashId(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}
