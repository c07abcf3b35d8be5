import type { AdapterOptions, Cursor, PageRequest } from '@hx4/core';
import { readCursor } from './searchCursor.js';

export const PAGE_SIZE = 100;
export const OFFICIAL_SEARCH_PATH = '/api/v2/records/search';
/** The catalog web app's own backend: unofficial, keyless, and limited to the first 10,000 hits. */
export const PROXY_SEARCH_PATH = '/proxy/records/search';
const PHOTOGRAPHS = 'Photographs and other Graphic Materials';

/**
 * One page of photographs available online whose text matches `query` as a phrase (fewer requests
 * than the reference's loose words: the quota counts every page). With an API key: the official
 * Catalog API v2, the key in the `x-api-key` header (never in a URL), `searchAfter` paging. Without:
 * the public search proxy the reference used, paged by page number.
 */
export function searchRequest(query: string, cursor: Cursor | null, options: AdapterOptions): PageRequest {
  const position = readCursor(cursor);
  const official = Boolean(options.apiKey);
  const params = new URLSearchParams();
  params.append('q', `"${query.replace(/[\\"]/gu, '\\$&')}"`);
  params.append('limit', String(PAGE_SIZE));
  params.append('availableOnline', 'true');
  params.append('typeOfMaterials', PHOTOGRAPHS);
  if (!official) {
    params.append('dataSource', 'description');
    params.append('objectType', 'jpg,png');
    params.append('abbreviated', 'true');
  }
  if (options.window) {
    params.append('startDate', options.window.start);
    params.append('endDate', options.window.end);
  }
  if (position && 'searchAfter' in position) params.append('searchAfter', position.searchAfter);
  else if (position) params.append('page', String(position.page));
  else if (official) params.append('searchAfter', '*');
  else params.append('page', '1');

  const base = options.endpoint.replace(/\/+$/u, '');
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (official) headers['x-api-key'] = options.apiKey as string;
  return { url: `${base}${official ? OFFICIAL_SEARCH_PATH : PROXY_SEARCH_PATH}?${params}`, headers };
}
