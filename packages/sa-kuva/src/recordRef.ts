import type { RecordRef } from '@hx4/core';
import type { FinnaRecord } from './FinnaRecord.js';

const RECORD_PAGE = 'https://www.finna.fi/Record/';

/** The Finna record id (`sa-kuva.sa-kuva-82080`, the row's `doc_id`) and its page on finna.fi. */
export function recordRef(record: FinnaRecord): RecordRef | null {
  const id = record.id?.trim();
  return id ? { id, url: RECORD_PAGE + encodeURIComponent(id) } : null;
}
