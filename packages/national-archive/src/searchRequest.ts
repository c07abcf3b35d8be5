import type { AdapterOptions, Cursor, PageRequest } from '@hx4/core';
import { requestedSource, SEARCH_PATHS, type NaraSourceId } from './catalogSources.js';
import { readCursor } from './searchCursor.js';

export const PAGE_SIZE = 100;
const PHOTOGRAPHS = 'Photographs and other Graphic Materials';

/**
 * One page of photographs available online whose text matches `query` as a phrase (fewer requests
 * than the reference's loose words: the quota counts every page), from the given source:
 * - `api-v2`: the official Catalog API v2, the key in the `x-api-key` header (never in a URL),
 *   `searchAfter` paging from `*` (the only start whose cursor resumes, per nara-catalog-mcp);
 * - `proxy-v3`: the web app's keyless proxy, the same filters, paged by number;
 * - `proxy`: the older keyless proxy with the reference's parameters (abbreviated hits), paged by number.
 * Every answer is asked for as text: a source that does not serve answers the web app's HTML page with
 * status 200, and `parseSearchPage` has to see that page to say so.
 */
export function searchRequest(query: string, cursor: Cursor | null, options: AdapterOptions, source?: string): PageRequest {
  const id = requestedSource(source, options);
  const official = id === 'api-v2';
  if (official && !options.apiKey) throw new Error('the Catalog API v2 (source api-v2) needs an API key');
  const position = readCursor(cursor, official ? 'searchAfter' : 'page');
  const params = new URLSearchParams();
  params.append('q', `"${query.replace(/[\\"]/gu, '\\$&')}"`);
  params.append('limit', String(PAGE_SIZE));
  params.append('availableOnline', 'true');
  params.append('typeOfMaterials', PHOTOGRAPHS);
  if (id === 'proxy') {
    params.append('dataSource', 'description');
    params.append('objectType', 'jpg,png');
    params.append('abbreviated', 'true');
  }
  if (options.window) {
    params.append('startDate', options.window.start);
    params.append('endDate', options.window.end);
  }
  if (position && 'searchAfter' in position) params.append('searchAfter', position.searchAfter);
  else if (official) params.append('searchAfter', '*');
  else params.append('page', String(position?.page ?? 1));

  const base = options.endpoint.replace(/\/+$/u, '');
  return { url: `${base}${SEARCH_PATHS[id]}?${params}`, headers: headersFor(id, options), responseType: 'text' };
}

/** The key goes to the official API only: the proxies are not NARA's API and need none. */
function headersFor(id: NaraSourceId, options: AdapterOptions): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (id === 'api-v2') headers['x-api-key'] = options.apiKey as string;
  return headers;
}
