import type { Cursor } from '@hx4/core';

/**
 * Where the next page starts, and how many hits came before it. The official API pages past 10,000
 * hits with `searchAfter` (the last hit's sort value); the keyless proxy only by page number.
 */
export type NaraCursor = { searchAfter: string; seen: number } | { page: number; seen: number };

export function readCursor(cursor: Cursor | null): NaraCursor | null {
  if (cursor === null) return null;
  if (typeof cursor === 'object' && Number.isSafeInteger(cursor.seen) && (cursor.seen as number) >= 0) {
    if (typeof cursor.searchAfter === 'string' && cursor.searchAfter !== '') {
      return { searchAfter: cursor.searchAfter, seen: cursor.seen as number };
    }
    if (Number.isSafeInteger(cursor.page) && (cursor.page as number) >= 2) return { page: cursor.page as number, seen: cursor.seen as number };
  }
  throw new Error(`National Archives cursor must be { searchAfter, seen } or { page, seen }, got ${JSON.stringify(cursor)}`);
}
