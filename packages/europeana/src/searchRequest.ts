import type { AdapterOptions, Cursor, PageRequest } from '@hx4/core';

const PAGE_SIZE = 100;
/**
 * The media types the image stage decodes. Europeana files an item under the type it detected when it
 * harvested the media, so a script URL serving a JPEG counts as `image/jpeg`; a JPEG-only filter would
 * lose the PNG and TIFF scans of photographs.
 */
const DECODABLE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/tiff', 'image/gif', 'image/webp'];

/**
 * One page of Europeana photographs matching `query` in the title or description, in a media type the
 * image stage can read. Cursor paging (`cursor=*`, then each `nextCursor`) reaches past the 1000
 * results basic paging stops at. The key travels in the X-Api-Key header so it never lands in a cached
 * URL or a log line.
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
  params.append('qf', `MIME_TYPE:(${DECODABLE_MIME_TYPES.map((type) => `"${type}"`).join(' OR ')})`);
  params.append('qf', `proxy_dc_title:${phrase} OR proxy_dc_description:${phrase}`);
  params.append('rows', String(PAGE_SIZE));
  params.append('profile', 'standard');
  params.append('cursor', cursor ?? '*');
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.apiKey) headers['X-Api-Key'] = options.apiKey;
  return { url: `${options.endpoint.replace(/\/+$/u, '')}/search.json?${params}`, headers };
}
