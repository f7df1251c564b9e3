/**
 * The share panel's buttons, loaded the first time a reader opens the panel: the browser's share sheet where
 * `navigator.share` exists, and a copy button for the short link.
 */
import { announce, copyText } from './copy';

export interface ShareLabels {
  copied: string;
  failed: string;
  printed: string;
  locale: string;
}

/** Shows and wires the panel's buttons; `signal` removes their listeners when the panel leaves the page. */
export function wireActions(panel: HTMLElement, labels: ShareLabels, signal: AbortSignal): void {
  const url = panel.dataset.url ?? location.href;
  const status = panel.querySelector('[data-status]');
  const native = panel.querySelector<HTMLButtonElement>('[data-native]');
  const canShare = typeof navigator.share === 'function' && (navigator.canShare?.({ url }) ?? true);
  if (native && canShare) {
    native.hidden = false;
    native.addEventListener('click', () => navigator.share({ url, title: panel.dataset.title }).catch(() => undefined), { signal });
  }
  panel.querySelector('[data-copy]')?.addEventListener(
    'click',
    async () => announce(status, (await copyText(url, panel.querySelector('[data-short-url]') ?? undefined)) ? labels.copied : labels.failed),
    { signal },
  );
  panel.querySelector<HTMLElement>('[data-actions]')?.removeAttribute('hidden');
}
