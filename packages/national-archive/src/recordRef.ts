import type { RecordRef } from '@hx4/core';
import type { NaraRecord } from './NaraRecord.js';

/** The public catalog page of a record, whatever endpoint it was harvested from. */
export const CATALOG_RECORD_URL = 'https://catalog.archives.gov/id/';

/** The record's naId (the row's `doc_id`) and its catalog page. */
export function recordRef(record: NaraRecord): RecordRef | null {
  const naId = readNaId(record.naId);
  return naId === null ? null : { id: naId, url: `${CATALOG_RECORD_URL}${naId}` };
}

/** A naId is a positive whole number; the proxy may send it as a string. */
function readNaId(value: NaraRecord['naId']): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  if (typeof value === 'string' && /^\s*[1-9]\d{0,15}\s*$/u.test(value)) return value.trim();
  return null;
}
