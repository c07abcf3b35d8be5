import { UsageError } from './UsageError.js';

/** A real calendar date written YYYY-MM-DD (2024-02-30 is refused, not rolled over). */
export function parseDate(flag: string, value: unknown): string {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== text) {
    throw new UsageError(`${flag} must be a date written YYYY-MM-DD, got "${text}"`);
  }
  return text;
}
