import type { Cursor } from '@hx4/core';

/**
 * Where the next page starts, and how many hits came before it. The official API pages past 10,000
 * hits with `searchAfter` (the last hit's sort values, comma-joined); the keyless proxies only by
 * page number. The core starts a query afresh when its source changes, so a cursor is only ever read
 * by the kind of source that wrote it.
 */
export type NaraCursor = { searchAfter: string; seen: number } | { page: number; seen: number };

/** How a source pages. */
export type Paging = 'searchAfter' | 'page';

export function readCursor(cursor: Cursor | null, paging: Paging): NaraCursor | null {
  if (cursor === null) return null;
  if (typeof cursor === 'object' && Number.isSafeInteger(cursor.seen) && (cursor.seen as number) >= 0) {
    const seen = cursor.seen as number;
    if (paging === 'searchAfter' && typeof cursor.searchAfter === 'string' && cursor.searchAfter !== '') {
      return { searchAfter: cursor.searchAfter, seen };
    }
    if (paging === 'page' && Number.isSafeInteger(cursor.page) && (cursor.page as number) >= 2)
      return { page: cursor.page as number, seen };
  }
  const expected = paging === 'searchAfter' ? '{ searchAfter, seen }' : '{ page, seen }';
  throw new Error(`National Archives cursor must be ${expected} here, got ${JSON.stringify(cursor)}`);
}
