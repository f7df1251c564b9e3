/**
 * The server-rendered list of events, turned into the details panel: only the chosen event's entry stays
 * visible, or every shown one when the reader asks for the list. The chosen event's quotes come from its fact's
 * own page, the one place they are rendered, on first choice; this page carries the styles they need
 * (styles/claims.css). An event the page does not list (it lists only the latest when there are many) gets an entry
 * made from its data: its title, date, status and the link to the events page, with its statement, status and quotes
 * from its fact's page. `restore` gives the list back as it was.
 */
import { aboutItem } from '../../lib/timeline/name';
import type { TimelineItem } from '../../lib/timeline/types';
export interface DetailsPanel {
  show(selected: string | undefined, shown: (id: string) => boolean, listAll: boolean): void;
  /** Moves focus to the chosen event's heading, so screen readers read its details. */
  focus(id: string): void;
  restore(): void;
}

/**
 * The evidence on the fact's page at `href`: its sections holding quotes (the quotes from the sources, or a disputed
 * fact's values by source with theirs), made fit for the entry: headings one level below the entry's own, ids
 * prefixed with the entry's so they stay unique on the page.
 */
async function evidenceOf(href: string, prefix: string, withStatement: boolean): Promise<Element[]> {
  const response = await fetch(href);
  if (!response.ok) return [];
  // Its inline styles and scripts are left out before parsing: this page's security policy would refuse them.
  const html = (await response.text()).replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, '');
  const page = new DOMParser().parseFromString(html, 'text/html');
  const sections = [...page.querySelectorAll('article.fact-page > section')].filter((s) => s.querySelector('ul.citations'));
  const statement = page.querySelector('article.fact-page > .statement');
  const meta = page.querySelector('article.fact-page > .fact-meta');
  const lead: Element[] = [];
  if (withStatement && statement && meta) {
    const p = document.createElement('p');
    p.append(...[...statement.childNodes].map((n) => document.importNode(n, true)));
    lead.push(p, document.importNode(meta, true));
  }
  return [...lead, ...sections.map((found) => {
    const section = document.importNode(found, true);
    for (const h2 of section.querySelectorAll('h2')) {
      const h4 = document.createElement('h4');
      h4.append(...h2.childNodes);
      h4.id = h2.id;
      h2.replaceWith(h4);
    }
    for (const el of section.querySelectorAll('[id]')) el.id = `${prefix}-${el.id}`;
    // Unnamed, a section is no landmark: several events' quotes in the list would otherwise be regions of one name.
    section.removeAttribute('aria-labelledby');
    return section;
  })];
}

/**
 * Fills an entry's evidence once. A failed load leaves it hidden, to be tried again the next time the event is
 * chosen; meanwhile the entry's link to its fact leads to the quotes.
 */
function loadEvidence(entry: HTMLElement): void {
  const box = entry.querySelector<HTMLElement>('[data-quotes]');
  if (!box?.dataset.quotes) return;
  const href = box.dataset.quotes;
  delete box.dataset.quotes;
  evidenceOf(href, entry.id, entry.dataset.made !== undefined)
    .then((sections) => {
      if (sections.length === 0) throw new Error('no quotes on the page');
      box.append(...sections);
      box.hidden = false;
    })
    .catch((error: unknown) => {
      box.dataset.quotes = href;
      console.warn(`event-timeline: no quotes from ${href}`, error);
    });
}

/** The entry of an event the page does not list, made from its data; its fact's page fills in the rest. */
function madeEntry(item: TimelineItem, labels: { onEventsPage: string; fact: string }): HTMLLIElement {
  const li = document.createElement('li');
  li.id = item.id;
  li.className = 'tl-entry';
  li.dataset.status = item.status;
  li.dataset.made = '';
  const about = document.createElement('p');
  about.className = 'meta';
  about.textContent = aboutItem(item);
  const heading = document.createElement('h3');
  heading.tabIndex = -1;
  heading.textContent = item.label;
  const evidence = document.createElement('div');
  evidence.className = 'tl-quotes';
  evidence.dataset.quotes = item.fact;
  evidence.hidden = true;
  const links = document.createElement('p');
  links.className = 'meta';
  const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });
  links.append(link(item.fact, labels.fact), ' · ', link(item.href, labels.onEventsPage));
  li.append(about, heading, evidence, links);
  return li;
}

export function detailsPanel(
  root: HTMLElement,
  labels: { details: string; onEventsPage: string; fact: string },
  itemOf: (id: string) => TimelineItem | undefined,
): DetailsPanel {
  const detailsHeading = labels.details;
  const list = root.querySelector<HTMLOListElement>('.tl-list')!;
  /** "This list holds the 24 latest of N events": about the list, so shown with it only. */
  const listed = root.querySelector<HTMLElement>('.tl-listed');
  const heading = root.querySelector<HTMLElement>('#tl-details-heading')!;
  const pick = root.querySelector<HTMLElement>('.tl-pick')!;
  const actions = root.querySelector<HTMLElement>('.tl-actions')!;
  const back = root.querySelector<HTMLButtonElement>('[data-back]')!;
  let entries = [...root.querySelectorAll<HTMLLIElement>('.tl-entry')];
  const listHeading = heading.textContent;
  actions.hidden = false;
  return {
    show(selected, shown, listAll) {
      const item = selected === undefined ? undefined : itemOf(selected);
      if (item && !entries.some((li) => li.id === item.id)) entries.push(list.appendChild(madeEntry(item, labels)));
      // The list shows what the page lists; an entry made for a chosen event shows only as its details.
      for (const li of entries) li.hidden = listAll ? li.dataset.made !== undefined || !shown(li.id) : li.id !== selected;
      if (listed) listed.hidden = !listAll;
      const chosen = !listAll && entries.find((li) => li.id === selected);
      if (chosen) loadEvidence(chosen);
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
      if (listed) listed.hidden = false;
      for (const li of entries.filter((e) => e.dataset.made !== undefined)) li.remove();
      entries = entries.filter((li) => li.isConnected);
      for (const li of entries) li.hidden = false;
    },
  };
}
