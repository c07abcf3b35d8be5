import type { AdapterOptions, Cursor, PageRequest } from '@hx4/core';
import { dmwebservicesUrl } from './contentdmUrls.js';
import { SEARCH_FIELDS } from './fieldNicks.js';

/** The most records one dmQuery answers (documented: 1-1024). */
export const MAX_RECS = 1024;

/** Where dmQuery paging stands: the 1-based `start` of the next page. */
export function readStart(cursor: Cursor | null): number {
  if (cursor === null) return 1;
  if (typeof cursor === 'number' && Number.isSafeInteger(cursor) && cursor >= 1) return cursor;
  throw new Error(`SMU cursor must be a dmQuery start position (a whole number from 1), got ${JSON.stringify(cursor)}`);
}

/**
 * The query as a dmQuery search term. CONTENTdm's path syntax cannot carry `/`, `^` or `!` in a word, not
 * even percent-encoded, so they become spaces; the rest is percent-encoded.
 */
export function searchPhrase(query: string): string {
  const words = query
    .replace(/[/^!\\]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (words === '') throw new Error(`query "${query}" has no words CONTENTdm can search for`);
  return encodeURIComponent(words);
}

/**
 * One page of `dmQuery`: the query as an exact phrase over all fields (`CISOSEARCHALL`), in every
 * collection or the given ones, compound objects as one record (`suppress` 1; their pages come from
 * `expandRecord`), `MAX_RECS` records from `start`. The answer is read as text: CONTENTdm answers an
 * unknown collection with an HTML line and status 200, which the page parser reports.
 */
export function searchRequest(query: string, cursor: Cursor | null, options: AdapterOptions, collections: readonly string[]): PageRequest {
  const aliases = collections.length > 0 ? collections.join('!') : 'all';
  const search = `CISOSEARCHALL^${searchPhrase(query)}^exact^and`;
  const params = [aliases, search, SEARCH_FIELDS.join('!'), 'nosort', MAX_RECS, readStart(cursor), 1, 0, 0, 0, 0, 0];
  return {
    url: dmwebservicesUrl(options.endpoint, 'dmQuery', params),
    headers: { Accept: 'application/json' },
    responseType: 'text',
  };
}
