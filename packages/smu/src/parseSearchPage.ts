import { ArchiveResponseError, checkAnswer, isObject, v, wholeNumber, type Cursor, type Page } from '@hx4/core';
import { contentdmError, unknownCollection } from './contentdmError.js';
import { MAX_RECS, readStart } from './searchRequest.js';
import { smuRecordSchema, type SmuRecord } from './SmuRecord.js';

const recordsSchema = v.array(smuRecordSchema);

/**
 * Reads one dmQuery answer: `{ pager: { start, maxrecs, total }, records: [...] }`. An unknown collection
 * or an error body is CONTENTdm refusing and is final; a body HX4 cannot read is worth asking for again.
 * Paging goes on from `start + maxrecs` while that is within `pager.total` and the page was not empty.
 */
export function parseSearchPage(body: unknown, cursor: Cursor | null): Page<SmuRecord> {
  const answer = typeof body === 'string' ? parseText(body) : body;
  if (!isObject(answer)) throw new ArchiveResponseError('CONTENTdm answered dmQuery with a body that is not a JSON object', true);
  const refusal = contentdmError(answer);
  if (refusal !== null) throw new ArchiveResponseError(`CONTENTdm refused the search: ${refusal}`);
  const total = isObject(answer.pager) ? wholeNumber(answer.pager.total) : null;
  if (total === null) throw new ArchiveResponseError('CONTENTdm answered dmQuery without a pager total', true);
  const records = readRecords(answer.records, total);
  const next = readStart(cursor) + MAX_RECS;
  return { records, next: records.length > 0 && next <= total ? next : null, total };
}

function parseText(text: string): unknown {
  const alias = unknownCollection(text);
  if (alias !== null) throw new ArchiveResponseError(`CONTENTdm does not know the collection "${alias}"; check the collection aliases`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ArchiveResponseError('CONTENTdm answered dmQuery with a body that is not JSON', true);
  }
}

/** A search without hits may leave `records` out; a page of a search with hits must carry them. */
function readRecords(records: unknown, total: number): SmuRecord[] {
  if (records === undefined && total === 0) return [];
  if (!Array.isArray(records)) throw new ArchiveResponseError('CONTENTdm answered dmQuery without a records array', true);
  return checkAnswer(recordsSchema, records, 'CONTENTdm', 'records');
}
