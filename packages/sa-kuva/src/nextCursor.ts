import { boundYear, finerSlices, monthSlices } from './dateSlices.js';
import { dateExpression } from './dateExpression.js';
import type { FinnaRecord } from './FinnaRecord.js';
import type { SearchCursor } from './SearchCursor.js';

/** Where paging goes next, and what the user must know when some results are out of reach. */
export interface NextStep {
  next: SearchCursor | null;
  note?: string;
}

export interface Paging {
  pageSize: number;
  /** How many results of one search Finna lets a client page through. */
  resultWindow: number;
}

/**
 * Where to go after one page. Within the paging window: the next page, until a short or empty page or the
 * slice's `resultCount`. A slice with more results than the window reaches is cut by date, never paged past:
 * - an open-ended slice (whole window, or from a year to the window's end) restarts at the year of the last
 *   record it got, since records come oldest first and the years before that one are complete;
 * - when even one year fills the window, that year is done month by month, and a month that fills it day by
 *   day; the rest of the window follows as an open-ended slice;
 * - a single day that fills the window is paged to the window's end and left there (nothing finer exists),
 *   with a note saying so.
 * Slices overlap where records span their edges; the rows merge such duplicates by image.
 */
export function nextCursor(cursor: SearchCursor, records: FinnaRecord[], resultCount: number, paging: Paging): NextStep {
  const { pageSize, resultWindow } = paging;
  if (records.length < pageSize || cursor.page * pageSize >= resultCount) return { next: advance(cursor) };
  const current = { ...cursor, firstYear: cursor.page === 1 ? earliestYear(records) : cursor.firstYear };
  if ((cursor.page + 1) * pageSize <= resultWindow) return { next: { ...current, page: cursor.page + 1 } };
  const outOfReach = `${resultCount - cursor.page * pageSize} results beyond Finna's paging window`;
  return beyondWindow(current, records, outOfReach);
}

function beyondWindow(cursor: SearchCursor, records: FinnaRecord[], outOfReach: string): NextStep {
  const { slice, queue } = cursor;
  if (slice.to !== null) {
    const finer = finerSlices(slice);
    if (finer) return { next: advance({ ...cursor, queue: [...finer, ...queue] }) };
    return { next: advance(cursor), note: `${outOfReach} on ${slice.from} alone were left out` };
  }
  const lastYear = latestYear(records);
  // Undated records sort last: a window that ends among them cannot be restarted by year.
  if (lastYear === null) return { next: advance(cursor), note: `${outOfReach}, all undated, were left out` };
  const startYear = Math.max(boundYear(slice.from) ?? -Infinity, cursor.firstYear ?? -Infinity);
  if (lastYear > startYear) return { next: { page: 1, slice: { from: String(lastYear), to: null }, queue, firstYear: null } };
  const fullYear = Math.max(lastYear, startYear);
  return { next: advance({ ...cursor, queue: [...monthSlices(fullYear), { from: String(fullYear + 1), to: null }, ...queue] }) };
}

function advance({ queue }: SearchCursor): SearchCursor | null {
  const [slice, ...rest] = queue;
  return slice ? { page: 1, slice, queue: rest, firstYear: null } : null;
}

/** Finna sorts by a record's main year (`main_date_str`, its `year`), so that is the year paging restarts from. */
function sortYears(records: FinnaRecord[]): number[] {
  return records.flatMap((record) => {
    const span = dateExpression(record.year ?? '');
    return span ? [Number(span.first.slice(0, 4))] : [];
  });
}

function earliestYear(records: FinnaRecord[]): number | null {
  return sortYears(records).at(0) ?? null;
}

function latestYear(records: FinnaRecord[]): number | null {
  return sortYears(records).at(-1) ?? null;
}
