import type { AdapterOptions, Cursor, DateWindow, PageRequest } from '@hx4/core';
import { readCursor, type DateSlice } from './SearchCursor.js';

/** Finna's largest page. */
export const PAGE_SIZE = 100;

/**
 * The record fields HX4 reads (and a few kept in the hits cache for later use); nothing heavier. `events` holds
 * the photographing date to the day where `year` has only the year; `year` is the key Finna sorts by.
 */
export const SEARCH_FIELDS: readonly string[] = [
  'id',
  'title',
  'year',
  'events',
  'images',
  'imageRights',
  'subjects',
  'buildings',
  'summary',
  'nonPresenterAuthors',
  'formats',
];

/**
 * Only photographs of the SA-kuva collection that are free to use online. The collection filter is the one the
 * reference collector used against the live API; `free_online_boolean` (what finna.fi's "free online" switch
 * sends) rather than the docs' `online_boolean`, which also admits images viewable online but not free to
 * download; `format` is the API docs' own image filter.
 */
export const COLLECTION_FILTERS: readonly string[] = ['building:"1/SA-kuva/SA-kuva/"', 'free_online_boolean:"1"', 'format:"0/Image/"'];

/** Oldest first, so paging can restart after the years it has finished (see `nextCursor`). */
export const SORT = 'main_date_str asc';

/**
 * One page of SA-kuva photographs matching `query`. The date window goes to the server as a year range
 * (Finna's documented `search_daterange_mv:"[1939 TO 1945]"`, any overlap counts) unless the cursor narrows it
 * to a slice; the rows check the exact dates again.
 */
export function searchRequest(query: string, cursor: Cursor | null, options: AdapterOptions): PageRequest {
  const { page, slice } = readCursor(cursor);
  const range = dateRange(slice, options.window);
  // A slice that starts after the window (the rest of a window already paged to its end) holds nothing:
  // asking for no records ends it without sending an inverted range.
  const empty = range !== null && range.from !== '*' && range.to !== '*' && range.from > range.to;
  const params = new URLSearchParams({ lookfor: query, type: 'AllFields' });
  for (const filter of COLLECTION_FILTERS) params.append('filter[]', filter);
  if (range) {
    params.append('filter[]', `search_daterange_mv:"[${range.from} TO ${empty ? range.from : range.to}]"`);
    params.append('search_daterange_mv_type', 'overlap');
  }
  for (const field of SEARCH_FIELDS) params.append('field[]', field);
  params.append('sort', SORT);
  params.append('limit', String(empty ? 0 : PAGE_SIZE));
  params.append('page', String(page));
  params.append('lng', 'fi');
  return { url: `${options.endpoint.replace(/\/+$/u, '')}/search?${params}`, headers: { Accept: 'application/json' } };
}

/** The range a slice stands for, open bounds filled from the window; null when neither limits anything. */
function dateRange(slice: DateSlice, window: DateWindow | null): { from: string; to: string } | null {
  if (slice.from === null && slice.to === null && window === null) return null;
  return {
    from: slice.from ?? window?.start.slice(0, 4) ?? '*',
    to: slice.to ?? window?.end.slice(0, 4) ?? '*',
  };
}
