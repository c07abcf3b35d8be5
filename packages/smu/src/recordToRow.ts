import type { AdapterOptions, RowDraft, RowResult } from '@hx4/core';
import { COMPOUND_FILETYPE } from './exclusions.js';
import { iiifImageUrl, itemPageUrl } from './contentdmUrls.js';
import { FIELD_NICKS } from './fieldNicks.js';
import { fieldList, fieldText, firstField } from './fieldValues.js';
import { itemDate } from './itemDate.js';
import { recordId } from './recordId.js';
import { screenRecord } from './screenRecord.js';
import type { SmuRecord } from './SmuRecord.js';

/** Columns SMU rows carry beyond the shared ones, in order. */
export const SMU_EXTRA_COLUMNS = ['collection', 'subjects', 'keywords', 'note', 'rights'] as const;

export type SmuExtraColumn = (typeof SMU_EXTRA_COLUMNS)[number];

/** A row draft with the SMU columns under `extra` (written after the shared CSV columns). */
export type SmuRowDraft = RowDraft & { extra: Record<SmuExtraColumn, string | null> };

/** Keywords that every photograph of the war collections carries; they say nothing about one picture. */
const GENERIC_KEYWORDS = new Set(['world war 2', 'world war ii', 'ww2', 'wwii']);

/**
 * One expanded record → a row, or the reason it is dropped. A single image is `<alias>_<pointer>`; a page of
 * a compound object is `<alias>_<page pointer>`, with the parent's metadata and item page. Images come
 * through IIIF at `iiifSize` (`max` = as large as the server gives).
 */
export function recordToRow(record: SmuRecord, options: AdapterOptions, iiifSize: string): RowResult {
  const id = recordId(record);
  if (id === null) return { drop: 'no record id' };
  const fields = record.info ?? record;
  const refused = screenRecord(record, fields, options.window);
  if (refused) return refused;
  const compound = fieldText(record.filetype)?.toLowerCase() === COMPOUND_FILETYPE;
  if (record.info === undefined || (compound && record.page === undefined)) return { drop: 'item metadata not fetched' };

  const date = itemDate(fields);
  const imagePointer = record.page?.pointer ?? id.pointer;
  const row: SmuRowDraft = {
    doc_id: `${id.alias}_${id.pointer}`,
    id: `${id.alias}_${imagePointer}`,
    img_url: iiifImageUrl(options.endpoint, id.alias, imagePointer, iiifSize),
    doc_url: itemPageUrl(options.endpoint, id.alias, id.pointer),
    raw_doc_date: date.raw,
    doc_year: date.year,
    doc_date: date.date ?? (date.year === null ? null : String(date.year)),
    country: null,
    title: firstField(fields, FIELD_NICKS.title),
    description: firstField(fields, FIELD_NICKS.description),
    extra: {
      collection: id.alias,
      subjects: joined(FIELD_NICKS.subjects.flatMap((nick) => fieldList(fieldText(fields[nick]))), '; '),
      keywords: joined(keywords(firstField(fields, FIELD_NICKS.keywords)), ', '),
      note: firstField(fields, FIELD_NICKS.notes),
      rights: firstField(fields, FIELD_NICKS.rights),
    },
  };
  return row;
}

/** The reference's keyword cleaning: generic war tags and one- or two-letter values dropped; repeats once. */
function keywords(text: string | null): string[] {
  return fieldList(text).filter((keyword) => keyword.length > 2 && !GENERIC_KEYWORDS.has(keyword.toLowerCase()));
}

function joined(values: string[], separator: string): string | null {
  const distinct = [...new Set(values)];
  return distinct.length > 0 ? distinct.join(separator) : null;
}
