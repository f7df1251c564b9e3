// Filling a UI string's `{name}` placeholders: its own module, so an island that needs only this loads only this.

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown name stays as written, so a missing value shows rather than vanishes. */
export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
