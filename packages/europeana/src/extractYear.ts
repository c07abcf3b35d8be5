import type { EuropeanaItem } from './EuropeanaItem.js';
import { defValues, stringValues } from './fieldValues.js';

export interface ItemDate {
  /** The item's own date text (timespan labels, else `year`), joined with "; "; null when it has none. */
  raw: string | null;
  year: number | null;
  /** `YYYY-MM-DD` when a full date agrees with the year. */
  date: string | null;
}

const FULL_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
const YEAR_ONLY = /^\s*(\d{4})\s*$/u;
/** A year standing on its own: not part of "1940s", "1939-1945" or a longer number. */
const STANDALONE_YEAR = /(?<![\p{L}\p{N}]|\d[-–])(\d{4})(?![\p{L}\p{N}]|[-–]\d)/u;

/**
 * The item's year and, when known, its full date. In order: `year[0]`, the first valid
 * `YYYY-MM-DD` in the timespan labels, a label that is just a year, then the first year standing
 * alone in a label. Decades ("1940s"), centuries ("19th century") and ranges ("1939-1945") give
 * no year; such items are kept undated rather than guessed.
 */
export function extractYear(item: EuropeanaItem): ItemDate {
  const labels = [...new Set(defValues(item.edmTimespanLabel).map((label) => label.trim()))];
  const years = stringValues(item.year).map((year) => year.trim());
  const rawParts = labels.length > 0 ? labels : years;
  const raw = rawParts.length > 0 ? rawParts.join('; ') : null;

  const fullDate = labels.map(validFullDate).find((date) => date !== null) ?? null;
  const year =
    yearOf(years[0]) ??
    (fullDate ? Number(fullDate.slice(0, 4)) : null) ??
    labels.map(yearOf).find((found) => found !== null) ??
    labels.map(standaloneYear).find((found) => found !== null) ??
    null;
  const date = fullDate !== null && Number(fullDate.slice(0, 4)) === year ? fullDate : null;
  return { raw, year, date };
}

function yearOf(text: string | undefined): number | null {
  const match = text === undefined ? null : YEAR_ONLY.exec(text);
  return match ? Number(match[1]) : null;
}

function standaloneYear(label: string): number | null {
  const match = STANDALONE_YEAR.exec(label);
  return match ? Number(match[1]) : null;
}

function validFullDate(label: string): string | null {
  const match = FULL_DATE.exec(label);
  if (!match) return null;
  const [text, year, month, day] = match;
  const parsed = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return parsed.getUTCFullYear() === Number(year) &&
    parsed.getUTCMonth() === Number(month) - 1 &&
    parsed.getUTCDate() === Number(day)
    ? text
    : null;
}
