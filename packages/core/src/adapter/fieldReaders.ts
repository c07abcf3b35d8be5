/*
 * Readers for the parts of an archive's answer that its schema leaves open (CONTENTdm's per-collection
 * fields, an error body's message) and for fields whose shapes vary within the schema.
 */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The non-blank strings of a field that is a string list or a lone string; anything else gives none. */
export function stringValues(field: unknown): string[] {
  const values = Array.isArray(field) ? field : [field];
  return values.filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

/**
 * A whole number an archive sends as a number or as digits (CONTENTdm's pointers and `pager.total`, a
 * Catalog date's year): null for anything else, negative numbers and numbers too large to be exact included.
 */
export function wholeNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\s*\d{1,15}\s*$/u.test(value)) return Number(value);
  return null;
}
