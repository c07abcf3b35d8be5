import type { DateSlice } from './SearchCursor.js';

/** The year a bound starts with; null for an open bound. */
export function boundYear(bound: string | null): number | null {
  return bound === null ? null : Number(bound.slice(0, 4));
}

/** The twelve months of `year`, as slices. */
export function monthSlices(year: number): DateSlice[] {
  return Array.from({ length: 12 }, (_, month) => single(`${pad(year, 4)}-${pad(month + 1, 2)}`));
}

/**
 * A closed slice cut one step finer: a year into months, a month into days. Null for a single day, the
 * finest the filter can express.
 */
export function finerSlices(slice: DateSlice): DateSlice[] | null {
  const { from } = slice;
  if (from === null || from !== slice.to) return null;
  if (from.length === 4) return monthSlices(Number(from));
  if (from.length !== 7) return null;
  // `from` is a month, `YYYY-MM`; day 0 of the next month is its last day.
  const days = new Date(Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)), 0)).getUTCDate();
  return Array.from({ length: days }, (_, day) => single(`${from}-${pad(day + 1, 2)}`));
}

function single(bound: string): DateSlice {
  return { from: bound, to: bound };
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}
