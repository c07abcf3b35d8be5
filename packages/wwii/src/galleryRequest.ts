import type { AdapterOptions, Cursor, PageRequest } from '@hx4/core';
import { galleryPath } from './catalogue.js';

/** `<endpoint>/gallery/…/` for page 1, then Eazyest Gallery's thumbnail pages `…/thumbnails/<n>`. */
export function galleryPageUrl(endpoint: string, key: string, page: number): string {
  const base = `${endpoint.replace(/\/+$/u, '')}${galleryPath(key)}`;
  return page === 1 ? base : `${base}thumbnails/${page}`;
}

/** One page of a gallery; the cursor is the page number (null for the first). */
export function galleryRequest(query: string, cursor: Cursor | null, options: AdapterOptions): PageRequest {
  if (cursor !== null && !(typeof cursor === 'number' && Number.isSafeInteger(cursor) && cursor >= 2)) {
    throw new Error(`WWII cursor must be a page number of at least 2, got ${JSON.stringify(cursor)}`);
  }
  return {
    url: galleryPageUrl(options.endpoint, query, cursor ?? 1),
    headers: { Accept: 'text/html,application/xhtml+xml' },
    responseType: 'text',
  };
}
