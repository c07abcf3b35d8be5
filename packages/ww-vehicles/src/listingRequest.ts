import type { AdapterOptions, Cursor, PageRequest } from '@hx4/core';
import { listingByKey } from './Listing.js';
import { siteUrl } from './sitePaths.js';

/** The listing page of `key`; listings are single pages, so there is never a cursor. */
export function listingRequest(key: string, cursor: Cursor | null, options: AdapterOptions): PageRequest {
  if (cursor !== null) throw new Error(`WW vehicles listings are single pages; got a cursor ${JSON.stringify(cursor)}`);
  return {
    url: siteUrl(options.endpoint, listingByKey(key).path),
    headers: { Accept: 'text/html' },
    responseType: 'text',
  };
}
