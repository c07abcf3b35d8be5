import type { Cursor } from '@hx4/core';

/**
 * A range of the date-range filter. Both ends have the same precision (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`);
 * null stands for the window's own bound, so a slice that ends at the window never needs to know where.
 */
export type DateSlice = {
  from: string | null;
  to: string | null;
};

/** Where paging stands: a page of one date slice, the slices still to do, and what page 1 of the slice showed. */
export type SearchCursor = {
  /** 1-based page within `slice`. */
  page: number;
  slice: DateSlice;
  /** Slices to page through after this one, in order. */
  queue: DateSlice[];
  /** Year of the earliest record of the slice (records come oldest first); null until page 1 is read. */
  firstYear: number | null;
};

/** The whole date window, page 1: what the first request asks for. */
export const FIRST_CURSOR: SearchCursor = { page: 1, slice: { from: null, to: null }, queue: [], firstYear: null };

const BOUND = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

/** The cursor the core hands back (null before the first page), checked: it may come from a checkpoint file. */
export function readCursor(cursor: Cursor | null): SearchCursor {
  if (cursor === null) return FIRST_CURSOR;
  if (!isSearchCursor(cursor)) throw new Error(`SA-Kuva cursor is not one this adapter wrote: ${JSON.stringify(cursor)}`);
  return cursor;
}

function isSearchCursor(value: unknown): value is SearchCursor {
  if (typeof value !== 'object' || value === null) return false;
  const { page, slice, queue, firstYear } = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(page) &&
    (page as number) >= 1 &&
    isDateSlice(slice) &&
    Array.isArray(queue) &&
    queue.every(isDateSlice) &&
    (firstYear === null || Number.isSafeInteger(firstYear))
  );
}

function isDateSlice(value: unknown): value is DateSlice {
  if (typeof value !== 'object' || value === null) return false;
  const { from, to } = value as Record<string, unknown>;
  return [from, to].every((bound) => bound === null || (typeof bound === 'string' && BOUND.test(bound)));
}
