import { ArchiveResponseError, checkAnswer, isObject, type Cursor, type Page } from '@hx4/core';
import { namedSource, SOURCE_NAMES, type NaraSourceId } from './catalogSources.js';
import { naraRecordSchema, type NaraRecord } from './NaraRecord.js';
import { readSearchEnvelope } from './readSearchEnvelope.js';
import { readCursor, type NaraCursor, type Paging } from './searchCursor.js';
import { PAGE_SIZE } from './searchRequest.js';

/** Page-number paging (Elasticsearch's result window) reaches this many hits and no more. */
export const RESULT_WINDOW = 10_000;

/**
 * Reads one search answer of the given source (see `readSearchEnvelope` for what is refused and how).
 * The official API pages with `searchAfter`: the next cursor is the last hit's `sort` values,
 * comma-joined. The proxies page by number, which stops at the 10,000-hit window and says so in the
 * page's note; their hits carry relevance `sort` pairs too (recorded from proxy v3), which are no cursor.
 * An empty page, or hits seen reaching an exact total, ends paging.
 */
export function parseSearchPage(body: unknown, query: string, cursor: Cursor | null, source?: string): Page<NaraRecord> {
  const id = namedSource(source);
  const hits = readSearchEnvelope(body, id);
  const total = readTotal(hits.container);
  const paging = pagingOf(id, cursor, hits.list);
  const position = readCursor(cursor, paging);
  const seen = (position?.seen ?? 0) + hits.list.length;
  const name = id ? SOURCE_NAMES[id] : 'the National Archives';
  const records = hits.list.map((hit, index) => hitRecord(hit, index, name));
  if (hits.list.length === 0) return { records, next: null, total: total?.value };
  const exhausted = total !== undefined && total.exact && seen >= total.value;

  if (paging === 'searchAfter') {
    const sortValue = lastSortValue(hits.list);
    if (sortValue === null)
      throw new ArchiveResponseError(`${name} answered a searchAfter page for "${query}" without sort values; cannot page on`);
    // `seen` grows on every page, so the core's same-cursor check cannot catch a searchAfter that never moves.
    if (position && 'searchAfter' in position && position.searchAfter === sortValue) {
      throw new ArchiveResponseError(`${name} answered the page after ${sortValue} for "${query}" with the same position`);
    }
    return { records, next: exhausted ? null : { searchAfter: sortValue, seen }, total: total?.value };
  }
  const page = position && 'page' in position ? position.page : 1;
  if (exhausted) return { records, next: null, total: total.value };
  if (page * PAGE_SIZE < RESULT_WINDOW) return { records, next: { page: page + 1, seen } satisfies NaraCursor, total: total?.value };
  const beyond = total === undefined || total.value > RESULT_WINDOW;
  return { records, next: null, total: total?.value, ...(beyond ? { note: windowNote(total?.value) } : {}) };
}

function windowNote(total: number | undefined): string {
  return (
    `only the first ${RESULT_WINDOW} of ${total ?? 'more'} hits can be paged through the catalog's keyless search proxy; ` +
    'the official Catalog API v2 with an API key (NARA_API_KEY or --api-key) pages through all of them when it serves'
  );
}

/**
 * The official API pages with `searchAfter`, the proxies by number. A caller that names no source
 * is read by its cursor, or on a first page by the hits: a `searchAfter=*` search sorts by naId
 * alone, a relevance search by a (score, naId) pair (nara-catalog-mcp docs/API-NOTES.md).
 */
function pagingOf(source: NaraSourceId | undefined, cursor: Cursor | null, hits: Record<string, unknown>[]): Paging {
  if (source !== undefined) return source === 'api-v2' ? 'searchAfter' : 'page';
  if (cursor !== null && typeof cursor === 'object') return 'searchAfter' in cursor ? 'searchAfter' : 'page';
  const sort = hits.at(-1)?.sort;
  return Array.isArray(sort) && sort.length === 1 ? 'searchAfter' : 'page';
}

/** `{value, relation}` (Elasticsearch 7+) or a bare number; `gte` totals are lower bounds. */
function readTotal(container: Record<string, unknown>): { value: number; exact: boolean } | undefined {
  const { total } = container;
  if (typeof total === 'number') return { value: total, exact: true };
  if (isObject(total) && typeof total.value === 'number') return { value: total.value, exact: total.relation !== 'gte' };
  return undefined;
}

/** The last hit's sort values, comma-joined: the next `searchAfter`. */
function lastSortValue(hits: Record<string, unknown>[]): string | null {
  const sort = hits.at(-1)?.sort;
  if (!Array.isArray(sort) || sort.length === 0) return null;
  const values = sort.map((value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value : '',
  );
  return values.every((value) => value !== '') ? values.join(',') : null;
}

/**
 * The record, with the older proxy's abbreviated `fields.firstDigitalObject` moved in as its objects,
 * checked against the record schema. A hit without a record gives an empty one, dropped for want of an id.
 */
function hitRecord(hit: Record<string, unknown>, index: number, name: string): NaraRecord {
  const found = isObject(hit._source) && isObject(hit._source.record) ? hit._source.record : {};
  const first = isObject(hit.fields) ? hit.fields.firstDigitalObject : undefined;
  const record = found.digitalObjects === undefined && Array.isArray(first) ? { ...found, digitalObjects: first } : found;
  return checkAnswer(naraRecordSchema, record, name, `hits[${index}]._source.record`);
}
