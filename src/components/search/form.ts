/** The search form as a search state, and back: the words, the ticked boxes, and the count beside each filter. */
import { countOf, countText, type FilterCounts } from '../../lib/search/counts';
import { EMPTY_STATE, isTicked, readState, type SearchState } from '../../lib/search/query';

/** The search the form describes; the header box has words only. */
export function readForm(form: HTMLFormElement, input: HTMLInputElement, wordsOnly: boolean): SearchState {
  if (wordsOnly) return { ...EMPTY_STATE, query: input.value.trim() };
  return readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

export function writeForm(form: HTMLFormElement, input: HTMLInputElement, state: SearchState): void {
  input.value = state.query;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = isTicked(state, box.name, box.value);
}

/**
 * Result counts beside each filter, summed over the searched languages; none without a search. A box that would
 * show nothing goes until a search finds something for it, unless it is ticked (so it can be unticked).
 */
export function showCounts(form: HTMLFormElement, counts: readonly FilterCounts[]): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-filter]')) {
    const label = box.closest('label');
    const count = label?.querySelector('[data-count]');
    if (count) count.textContent = countText(counts, box.dataset.filter!, box.value);
    if (label) label.hidden = counts.length > 0 && !box.checked && countOf(counts, box.dataset.filter!, box.value) === 0;
  }
}

/** The count of results the other language has, beside the box that adds them; nothing when not known. */
export function showOtherCount(form: HTMLFormElement, count: number | undefined): void {
  const slot = form.querySelector('[data-both-count]');
  if (slot) slot.textContent = count === undefined ? '' : ` (${count})`;
}
