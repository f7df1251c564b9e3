/**
 * The server-rendered list of events, turned into the details panel: only the chosen event's entry stays
 * visible, or every shown one when the reader asks for the list. `restore` gives the list back as it was.
 */
export interface DetailsPanel {
  show(selected: string | undefined, shown: (id: string) => boolean, listAll: boolean): void;
  /** Moves focus to the chosen event's heading, so screen readers read its details. */
  focus(id: string): void;
  restore(): void;
}

export function detailsPanel(root: HTMLElement, detailsHeading: string): DetailsPanel {
  const heading = root.querySelector<HTMLElement>('#tl-details-heading')!;
  const pick = root.querySelector<HTMLElement>('.tl-pick')!;
  const actions = root.querySelector<HTMLElement>('.tl-actions')!;
  const back = root.querySelector<HTMLButtonElement>('[data-back]')!;
  const entries = [...root.querySelectorAll<HTMLLIElement>('.tl-entry')];
  const listHeading = heading.textContent;
  actions.hidden = false;
  return {
    show(selected, shown, listAll) {
      for (const li of entries) li.hidden = listAll ? !shown(li.id) : li.id !== selected;
      pick.hidden = selected !== undefined || listAll;
      back.hidden = selected === undefined;
      heading.textContent = listAll ? listHeading : detailsHeading;
    },
    focus(id) {
      entries.find((li) => li.id === id)?.querySelector<HTMLElement>('h3')?.focus();
    },
    restore() {
      actions.hidden = true;
      pick.hidden = true;
      heading.textContent = listHeading;
      for (const li of entries) li.hidden = false;
    },
  };
}
