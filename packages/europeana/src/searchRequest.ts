import type { AdapterOptions, Cursor, PageRequest } from '@hx4/core';

const PAGE_SIZE = 100;

/**
 * One page of Europeana photographs matching `query` in the title or description. Cursor paging
 * (`cursor=*`, then each `nextCursor`) reaches past the 1000 results basic paging stops at. The key
 * travels in the X-Api-Key header so it never lands in a cached URL or a log line.
 */
export function searchRequest(query: string, cursor: Cursor | null, options: AdapterOptions): PageRequest {
  if (cursor !== null && typeof cursor !== 'string') {
    throw new Error(`Europeana cursor must be a string, got ${JSON.stringify(cursor)}`);
  }
  const phrase = `"${query.replace(/[\\"]/gu, '\\$&')}"`;
  const params = new URLSearchParams();
  params.append('query', query);
  params.append('qf', 'collection:photography');
  params.append('qf', 'TYPE:IMAGE');
  params.append('qf', 'MIME_TYPE:image/jpeg');
  params.append('qf', `proxy_dc_title:${phrase} OR proxy_dc_description:${phrase}`);
  params.append('rows', String(PAGE_SIZE));
  params.append('profile', 'standard');
  params.append('cursor', cursor ?? '*');
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.apiKey) headers['X-Api-Key'] = options.apiKey;
  return { url: `${options.endpoint.replace(/\/+$/u, '')}/search.json?${params}`, headers };
}
