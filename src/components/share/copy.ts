/** Copies text: the async Clipboard API where the page may use it, else the selection and `execCommand`. */
export async function copyText(text: string, fallback?: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    if (fallback instanceof HTMLTextAreaElement || fallback instanceof HTMLInputElement) fallback.select();
    else {
      const range = document.createRange();
      range.selectNodeContents(fallback);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    // Deprecated, but the only way left where the Clipboard API is refused (older WebViews, some in-app browsers).
    return document.execCommand('copy');
  }
}

/** Writes a short status message into a live region, clearing it first so a repeat is announced again. */
export function announce(region: Element | null, text: string): void {
  if (!region) return;
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = text));
}
