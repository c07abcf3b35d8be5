/**
 * The text of one CSV cell. Lists become `["a", "b"]`: JSON, and at the same time a Python list literal that
 * `ast.literal_eval` reads (JSON string escapes are valid Python escapes), so pandas-based loaders keep working.
 * Missing values (null, undefined, NaN) become an empty cell, which pandas reads as NaN.
 */
export function toCsvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return toListCell(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

export function toListCell(items: readonly unknown[]): string {
  return `[${items
    .map((item) => {
      if (typeof item !== 'string') throw new Error(`CSV list cells hold strings only, got ${JSON.stringify(item)}`);
      return JSON.stringify(item);
    })
    .join(', ')}]`;
}

/** Reads a list cell written by `toListCell`; an empty cell is an empty list. */
export function parseListCell(text: string): string[] {
  if (text.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`not a JSON list: ${text.slice(0, 80)}`);
  }
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
    throw new Error(`not a list of strings: ${text.slice(0, 80)}`);
  }
  return parsed;
}
