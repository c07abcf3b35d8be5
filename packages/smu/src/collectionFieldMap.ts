import { HttpError, type DetailFetcher } from '@hx4/core';
import { readFieldTable } from './CollectionField.js';
import { dmwebservicesUrl } from './contentdmUrls.js';
import type { FieldMap } from './FieldMap.js';
import { fieldMapFromTable } from './fieldMapFromTable.js';
import { NICK_FIELD_MAP } from './fieldNicks.js';

/**
 * Field maps asked for in this run, per fetcher and URL. The fetcher caches every answer on disk, but the
 * records of a page are expanded side by side: without this, each record of a collection not yet cached
 * would ask for its field table at once.
 */
const asked = new WeakMap<DetailFetcher, Map<string, Promise<FieldMap>>>();

/**
 * The field map of a collection, from `dmGetCollectionFieldInfo/<alias>/json` through the cached fetcher.
 * When the site has no readable field table (an error body, a refusal such as 404), the nick table
 * (`NICK_FIELD_MAP`) stands in. A transient failure is thrown, so the page is asked again on a rerun
 * instead of being read with the wrong map.
 */
export function collectionFieldMap(fetch: DetailFetcher, endpoint: string, alias: string): Promise<FieldMap> {
  const url = dmwebservicesUrl(endpoint, 'dmGetCollectionFieldInfo', [alias]);
  let byUrl = asked.get(fetch);
  if (!byUrl) asked.set(fetch, (byUrl = new Map<string, Promise<FieldMap>>()));
  let fieldMap = byUrl.get(url);
  if (!fieldMap) {
    fieldMap = askFieldMap(fetch, url);
    byUrl.set(url, fieldMap);
    const pending = byUrl;
    // A failed request is not remembered: the next record of the collection asks again.
    fieldMap.catch(() => pending.delete(url));
  }
  return fieldMap;
}

async function askFieldMap(fetch: DetailFetcher, url: string): Promise<FieldMap> {
  try {
    const table = readFieldTable(await fetch.getJson(url, { Accept: 'application/json' }));
    return table === null ? NICK_FIELD_MAP : fieldMapFromTable(table);
  } catch (error) {
    if (error instanceof HttpError && !error.transient) return NICK_FIELD_MAP;
    throw error;
  }
}
