/** The non-blank strings of a field that should be a string array (or a lone string). */
export function stringValues(field: unknown): string[] {
  const values = Array.isArray(field) ? field : [field];
  return values.filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
