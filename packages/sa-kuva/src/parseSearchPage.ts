import { ArchiveResponseError, checkAnswer, isObject, v, type Cursor, type Page } from '@hx4/core';
import { finnaRecordSchema, type FinnaRecord } from './FinnaRecord.js';
import { nextCursor, type Paging } from './nextCursor.js';
import { readCursor } from './SearchCursor.js';

const recordsSchema = v.array(finnaRecordSchema);

/**
 * Reads one Finna search answer. A `status` other than OK is the API refusing the request and is final; a
 * body HX4 cannot read, records of other shapes than the schema's included, is worth asking for again.
 * `records` is absent when a page holds none.
 */
export function parseSearchPage(body: unknown, cursor: Cursor | null, paging: Paging): Page<FinnaRecord> {
  if (!isObject(body)) throw new ArchiveResponseError('Finna answered with a body that is not a JSON object', true);
  if (typeof body.status !== 'string') throw new ArchiveResponseError('Finna answered without a status', true);
  if (body.status !== 'OK') {
    const reason = typeof body.statusMessage === 'string' && body.statusMessage.trim() ? body.statusMessage.trim() : body.status;
    throw new ArchiveResponseError(`Finna refused the search: ${reason}`);
  }
  const { resultCount } = body;
  if (!Number.isSafeInteger(resultCount) || (resultCount as number) < 0) {
    throw new ArchiveResponseError('Finna answered without a valid resultCount', true);
  }
  const records = readRecords(body.records);
  const current = readCursor(cursor);
  const wholeWindow = current.slice.from === null && current.slice.to === null;
  const { next, note } = nextCursor(current, records, resultCount as number, paging);
  return {
    records,
    next,
    // A slice's count is only part of the query's; the whole window's is the one worth keeping.
    total: wholeWindow ? (resultCount as number) : undefined,
    ...(note ? { note } : {}),
  };
}

function readRecords(records: unknown): FinnaRecord[] {
  if (records === undefined) return [];
  if (!Array.isArray(records)) throw new ArchiveResponseError('Finna answered with records that are not an array', true);
  return checkAnswer(recordsSchema, records, 'Finna', 'records');
}
