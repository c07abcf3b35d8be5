import { ArchiveResponseError, type Cursor, type Page } from '@hx4/core';
import { isObject, textValue } from './fieldValues.js';
import type { NaraRecord } from './NaraRecord.js';
import { readCursor, type NaraCursor } from './searchCursor.js';
import { PAGE_SIZE } from './searchRequest.js';

/** Page-number paging (Elasticsearch's result window) reaches this many hits and no more. */
export const RESULT_WINDOW = 10_000;

/**
 * Reads one search answer (`{statusCode, body: {hits: {total, hits[]}}}`) of either endpoint. A
 * refusal in the body is final; a body HX4 cannot read is worth asking for again. Hits carrying
 * `sort` values are paged with `searchAfter` (the official API); hits without them by page number,
 * which stops at the 10,000-hit window and says so in the page's note. An empty page ends paging.
 */
export function parseSearchPage(body: unknown, query: string, cursor: Cursor | null): Page<NaraRecord> {
  if (!isObject(body)) throw new ArchiveResponseError('the National Archives answered with a body that is not a JSON object', true);
  checkStatus(body);
  const hits = readHits(body);
  const total = readTotal(hits.container);
  const position = readCursor(cursor);
  const seen = (position?.seen ?? 0) + hits.list.length;
  const records = hits.list.map(hitRecord);
  if (hits.list.length === 0) return { records, next: null, total: total?.value };

  const sortValue = lastSortValue(hits.list);
  const exhausted = total !== undefined && total.exact && seen >= total.value;
  if (sortValue !== null) {
    // `seen` grows on every page, so the core's same-cursor check cannot catch a searchAfter that never moves.
    if (position && 'searchAfter' in position && position.searchAfter === sortValue) {
      throw new ArchiveResponseError(`the National Archives answered the page after ${sortValue} for "${query}" with the same position`);
    }
    return { records, next: exhausted ? null : { searchAfter: sortValue, seen }, total: total?.value };
  }
  if (position && 'searchAfter' in position) {
    throw new ArchiveResponseError(`the National Archives answered a searchAfter page for "${query}" without sort values; cannot page on`);
  }
  const page = position?.page ?? 1;
  const next: NaraCursor = { page: page + 1, seen };
  if (exhausted) return { records, next: null, total: total?.value };
  if (page * PAGE_SIZE < RESULT_WINDOW) return { records, next, total: total?.value };
  const beyond = total === undefined || total.value > RESULT_WINDOW;
  return {
    records,
    next: null,
    total: total?.value,
    ...(beyond
      ? {
          note:
            `only the first ${RESULT_WINDOW} of ${total ? total.value : 'more'} hits can be paged without an API key; ` +
            'set NARA_API_KEY (or --api-key) to use the official Catalog API, which pages through all of them',
        }
      : {}),
  };
}

/** `statusCode` in the body mirrors the HTTP status; 401/403 mean a missing or refused key. */
function checkStatus(body: Record<string, unknown>): void {
  const status = body.statusCode;
  if (status === undefined || status === 200) return;
  const message = textValue(body.message) ?? textValue(body.body) ?? textValue(body.error) ?? 'no reason given';
  if (status === 401 || status === 403) {
    throw new ArchiveResponseError(
      `the National Archives refused the API key (${status}: ${message}); check NARA_API_KEY or --api-key`,
    );
  }
  const retryable = typeof status !== 'number' || status === 429 || status >= 500;
  throw new ArchiveResponseError(`the National Archives refused the search (${String(status)}: ${message})`, retryable);
}

function readHits(body: Record<string, unknown>): { container: Record<string, unknown>; list: Record<string, unknown>[] } {
  const envelope = isObject(body.body) ? body.body : null;
  const container = envelope && isObject(envelope.hits) ? envelope.hits : null;
  if (!container || !Array.isArray(container.hits)) {
    throw new ArchiveResponseError('the National Archives answered without body.hits.hits', true);
  }
  if (!container.hits.every(isObject)) throw new ArchiveResponseError('the National Archives answered with a hit that is not an object', true);
  return { container, list: container.hits };
}

/** `{value, relation}` (Elasticsearch 7+) or a bare number; `gte` totals are lower bounds. */
function readTotal(container: Record<string, unknown>): { value: number; exact: boolean } | undefined {
  const { total } = container;
  if (typeof total === 'number') return { value: total, exact: true };
  if (isObject(total) && typeof total.value === 'number') return { value: total.value, exact: total.relation !== 'gte' };
  return undefined;
}

function lastSortValue(hits: Record<string, unknown>[]): string | null {
  const sort = hits[hits.length - 1].sort;
  const value: unknown = Array.isArray(sort) ? sort[0] : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The record, with the proxy's abbreviated `fields.firstDigitalObject` moved in as its objects. */
function hitRecord(hit: Record<string, unknown>): NaraRecord {
  const source = isObject(hit._source) ? hit._source : {};
  const record: NaraRecord = isObject(source.record) ? source.record : {};
  const first = isObject(hit.fields) ? hit.fields.firstDigitalObject : undefined;
  if (record.digitalObjects === undefined && Array.isArray(first)) return { ...record, digitalObjects: first };
  return record;
}
