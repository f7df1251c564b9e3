/**
 * The preview card (1200 × 630) as a layout tree for satori: the site's mark and name, the page's kind and language,
 * its title as large as fits, and the site's host on a dark strip along the bottom. Pure: data in, plain objects out.
 */
import { MARK_COLORS, markSvg } from '../brand/mark';
import type { Box } from './text-bounds';

export const CARD = { width: 1200, height: 630 } as const;

export interface Card {
  /** The page's title; wraps, then shrinks, to fit. */
  title: string;
  /** What the page is and its language: "Programme · English". */
  kicker: string;
  /** The site's name, beside the mark. */
  site: string;
  /** The public host, printed on the bottom strip. */
  host: string;
}

/** Each text's colour (one per role, so its glyphs can be found again in the SVG) and the box it must stay inside. */
export const ROLES = {
  site: { color: '#e6f3f8', box: { x0: 80, y0: 44, x1: 1120, y1: 132 } },
  kicker: { color: '#bfe3f0', box: { x0: 80, y0: 148, x1: 1120, y1: 196 } },
  title: { color: '#ffffff', box: { x0: 80, y0: 208, x1: 1120, y1: 540 } },
  host: { color: '#d4ecf5', box: { x0: 80, y0: 566, x1: 1120, y1: 624 } },
} as const satisfies Record<string, { color: string; box: Box }>;
export type Role = keyof typeof ROLES;

const BACKGROUND = '#0b5d7a';
/** The bottom strip: y 560 to 630, where the host is printed (light on dark). */
export const STRIP = { y: 560, color: '#084459' } as const;

/** Title sizes in pixels, tried largest first; the last one also clamps the number of lines. */
export const TITLE_SIZES = [80, 72, 64, 58, 52, 46, 40] as const;
const LINE_HEIGHT = 1.15;

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: Node | Node[] | string; [key: string]: unknown };
}
const div = (style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({ type: 'div', props: { style, children } });
const at = (box: Box) => ({ position: 'absolute', left: box.x0, top: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 });

/** The card laid out with the title at `size` px; `clamp` cuts the title to the lines its box holds, with an ellipsis. */
export function cardTree(card: Card, size: number, clamp = false): Node {
  const { site, kicker, title, host } = ROLES;
  const mark = `data:image/svg+xml,${encodeURIComponent(markSvg({ size: 72, tile: '#ffffff', ink: MARK_COLORS.tile }))}`;
  const lines = Math.floor((title.box.y1 - title.box.y0) / (size * LINE_HEIGHT));
  return div({ display: 'flex', width: CARD.width, height: CARD.height, background: BACKGROUND, fontFamily: 'Noto Sans' }, [
    div({ ...at(site.box), display: 'flex', alignItems: 'center', gap: 24 }, [
      { type: 'img', props: { src: mark, width: 72, height: 72 } },
      div({ display: 'flex', color: site.color, fontSize: 34, fontWeight: 700 }, card.site),
    ]),
    div({ ...at(kicker.box), display: 'flex', alignItems: 'center', color: kicker.color, fontSize: 26, fontWeight: 400, letterSpacing: 1 }, card.kicker),
    div({ ...at(title.box), display: 'flex', alignItems: 'center' }, [
      div(
        {
          display: clamp ? 'block' : 'flex',
          width: title.box.x1 - title.box.x0,
          color: title.color,
          fontSize: size,
          fontWeight: 700,
          lineHeight: LINE_HEIGHT,
          ...(clamp ? { lineClamp: lines, wordBreak: 'break-word' } : {}),
        },
        card.title,
      ),
    ]),
    div({ position: 'absolute', left: 0, top: STRIP.y, width: CARD.width, height: CARD.height - STRIP.y, background: STRIP.color }),
    div({ ...at(host.box), display: 'flex', alignItems: 'center', color: host.color, fontSize: 30 }, card.host),
  ]);
}
