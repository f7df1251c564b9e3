import { MARK_DARK, markSvg } from '../lib/brand/mark';

/**
 * The site's icon: its mark, drawn from the same data as the preview images, in the dark accent on a dark screen as
 * the header's other colours are; the header shows this same file.
 */
export function GET() {
  return new Response(markSvg({ dark: MARK_DARK }), { headers: { 'Content-Type': 'image/svg+xml' } });
}
