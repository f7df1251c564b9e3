/**
 * The one script every page runs before the reader does anything. It keeps the header's `<details>` panels
 * comfortable (Escape or a tap elsewhere closes one; opening search puts the cursor in it), makes `/` open search,
 * dates printouts, and loads each island's code the first time the reader reaches it: focusing or tapping inside
 * it, or opening its panel. An island's module defines its custom element, which then upgrades the HTML in place.
 * The map and the timeline load themselves when they scroll into view.
 */
const ISLANDS: Record<string, () => Promise<unknown>> = {
  'site-search': () => import('../search/element'),
  'share-panel': () => import('../share/share-panel'),
  'embed-code': () => import('../share/embed-code'),
  'cite-this': () => import('../cite/element'),
};
const loading = new Map<string, Promise<unknown>>();
const load = (name: string) => {
  if (!loading.has(name)) loading.set(name, ISLANDS[name]!().catch(() => loading.delete(name)));
};
const names = Object.keys(ISLANDS).join();
const wake = (event: Event) => {
  const host = (event.target as Element).closest?.(names);
  if (host) load(host.localName);
};
for (const type of ['focusin', 'pointerdown', 'toggle']) document.addEventListener(type, wake, true);
// The search page's own search, and an island whose panel is shown open (cite this on a fact page), load at once.
for (const host of document.querySelectorAll(names)) if (host.matches('[data-variant=page]') || host.querySelector('details[open]')) load(host.localName);

const panels = document.querySelectorAll<HTMLDetailsElement>('details[data-header-panel]');
for (const panel of panels) panel.addEventListener('toggle', () => panel.open && panel.querySelector('input')?.focus());
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    for (const panel of panels) {
      if (panel.open) {
        panel.open = false;
        panel.querySelector('summary')!.focus();
      }
    }
  }
  // `/` opens search from anywhere but a text field, as on many sites; on a phone the box sits in a closed panel.
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  if ((event.target as Element).closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
  const input = document.querySelector<HTMLInputElement>('site-search [data-input]');
  if (!input) return;
  event.preventDefault();
  input.closest('details')?.setAttribute('open', '');
  input.focus();
  input.select();
});
document.addEventListener('click', (event) => {
  for (const panel of panels) if (panel.open && !panel.contains(event.target as Node)) panel.open = false;
});

/** "Printed on 3 May 2026" in the page's language, for the bottom margin of every printed sheet (print.css). */
const stamp = () => {
  const labels = (document.querySelector<HTMLElement>('share-panel')?.dataset.labels);
  if (!labels) return;
  const { printed, locale } = JSON.parse(labels) as { printed: string; locale: string };
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  document.documentElement.style.setProperty('--print-printed', JSON.stringify(printed.replace('{date}', date)));
};
stamp();
addEventListener('beforeprint', stamp);
