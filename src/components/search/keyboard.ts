/**
 * Keyboard use of the results: the arrow keys move from the search box through the result links and back, and
 * Escape closes the header's panel or returns to the box.
 */

/** What the keys act on. `closable`: Escape closes the panel (the header box), rather than only leaving a link. */
export interface KeyTarget {
  input: HTMLInputElement;
  panel: HTMLElement;
  closable: boolean;
  open(open: boolean): void;
}

export function onResultKey(event: KeyboardEvent, { input, panel, closable, open }: KeyTarget): void {
  const links = [...panel.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  const target = event.target as HTMLElement;
  const at = links.indexOf(target as HTMLAnchorElement);
  if (event.key === 'ArrowDown' && (target === input || at >= 0)) {
    const next = links[at + 1];
    if (next) {
      event.preventDefault();
      open(true);
      next.focus();
    }
  } else if (event.key === 'ArrowUp' && at >= 0) {
    event.preventDefault();
    (links[at - 1] ?? input).focus();
  } else if (event.key === 'Escape') {
    if (closable && !panel.hidden) {
      event.preventDefault();
      input.focus();
      open(false);
    } else if (at >= 0) {
      event.preventDefault();
      input.focus();
    }
  }
}
