import { markSvg } from '../lib/brand/mark';

/** The site's icon: its mark, drawn from the same data as the preview images; the header shows this same file. */
export function GET() {
  return new Response(markSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
}
