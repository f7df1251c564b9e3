/**
 * The Content-Security-Policy source that admits a raster tile server, from its Leaflet URL template.
 * Leaflet's `{s}` subdomain (a, b, c…) becomes a `*.` wildcard; CSP allows one only as the leftmost label.
 * An empty template (tiles off) admits nothing.
 */
export function tileSource(template: string): string {
  if (!template) return '';
  const [, scheme, host] = /^(https?):\/\/([^/]+)\//.exec(template) ?? [];
  if (!scheme || !host) {
    throw new Error(`PUBLIC_TILE_URL: "${template}" is not an http(s) URL with a path; use for example https://tile.openstreetmap.org/{z}/{x}/{y}.png`);
  }
  const source = host.replace(/^\{s\}\./, '*.');
  if (/[{}]/.test(source)) throw new Error(`PUBLIC_TILE_URL: only "{s}." at the start of the host can vary, not "${host}"`);
  return `${scheme}://${source}`;
}
