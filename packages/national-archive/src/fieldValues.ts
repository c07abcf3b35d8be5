export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entries of a field that should be an array of objects; anything else is skipped. */
export function objectEntries(field: unknown): Record<string, unknown>[] {
  return Array.isArray(field) ? field.filter(isObject) : [];
}

/** A non-blank string field, whitespace collapsed; null for anything else. */
export function textValue(field: unknown): string | null {
  if (typeof field !== 'string') return null;
  const text = collapseWhitespace(field);
  return text === '' ? null : text;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
