import { wholeNumber, type AdapterOptions, type RecordRef } from '@hx4/core';
import { itemPageUrl } from './contentdmUrls.js';
import type { SmuRecord } from './SmuRecord.js';

export interface RecordId {
  alias: string;
  pointer: number;
}

const ALIAS = /^[A-Za-z0-9_-]{1,64}$/u;

/** A collection alias as HX4 sends it to CONTENTdm, checked (it goes into URL paths): `ryr`, `p16022coll351`. */
export function checkAlias(alias: string): string {
  const bare = alias.trim().replace(/^\//u, '');
  if (!ALIAS.test(bare)) throw new Error(`"${alias}" is not a CONTENTdm collection alias (letters, digits, _ and - only)`);
  return bare;
}

/** The record's collection alias (dmQuery writes `/alias`) and pointer; null when either is missing or odd. */
export function recordId(record: SmuRecord): RecordId | null {
  const alias = typeof record.collection === 'string' ? record.collection.trim().replace(/^\//u, '') : '';
  const pointer = wholeNumber(record.pointer);
  return ALIAS.test(alias) && pointer !== null ? { alias, pointer } : null;
}

/** The item's `<alias>_<pointer>` (the row's `doc_id`) and its page on the CONTENTdm site. */
export function recordRef(record: SmuRecord, options: AdapterOptions): RecordRef | null {
  const id = recordId(record);
  return id === null ? null : { id: `${id.alias}_${id.pointer}`, url: itemPageUrl(options.endpoint, id.alias, id.pointer) };
}
