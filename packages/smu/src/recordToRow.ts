import type { AdapterOptions, RowDraft, RowResult } from '@hx4/core';
import { COMPOUND_FILETYPE } from './exclusions.js';
import { iiifImageUrl } from './contentdmUrls.js';
import { fieldList, fieldText, firstField } from './fieldValues.js';
import { itemDate } from './itemDate.js';
import { recordId, recordRef } from './recordId.js';
import { fieldMapOf, screenRecord } from './screenRecord.js';
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
 * a compound object is `<alias>_<page pointer>`, with the parent's metadata and item page (`recordRef`).
 * Fields are read through the collection's field map. Images come through IIIF at `iiifSize` (`max` = as
 * large as the server gives).
 */
export function recordToRow(record: SmuRecord, options: AdapterOptions, iiifSize: string): RowResult {
  const id = recordId(record);
  const item = recordRef(record, options);
  if (id === null || item === null) return { drop: 'no record id' };
  const refused = screenRecord(record, options.window);
  if (refused) return refused;
  const fields = record.info;
  const compound = fieldText(record.filetype)?.toLowerCase() === COMPOUND_FILETYPE;
  if (fields === undefined || (compound && record.page === undefined)) return { drop: 'item metadata not fetched' };

  const fieldMap = fieldMapOf(record);
  const date = itemDate(fields, fieldMap.date);
  const imagePointer = record.page?.pointer ?? id.pointer;
  const row: SmuRowDraft = {
    doc_id: item.id,
    id: `${id.alias}_${imagePointer}`,
    img_url: iiifImageUrl(options.endpoint, id.alias, imagePointer, iiifSize),
    doc_url: item.url,
    raw_doc_date: date.raw,
    doc_year: date.year,
    doc_date: date.date ?? (date.year === null ? null : String(date.year)),
    country: null,
    title: firstField(fields, fieldMap.title),
    description: firstField(fields, fieldMap.description),
    extra: {
      collection: id.alias,
      subjects: joined(
        fieldMap.subjects.flatMap((nick) => fieldList(fieldText(fields[nick]))),
        '; ',
      ),
      keywords: joined(keywords(firstField(fields, fieldMap.keywords)), ', '),
      note: firstField(fields, fieldMap.notes),
      rights: firstField(fields, fieldMap.rights),
    },
  };
  return date.source === null ? row : { ...row, dateSource: date.source };
}

/** The reference's keyword cleaning: generic war tags and one- or two-letter values dropped; repeats once. */
function keywords(text: string | null): string[] {
  return fieldList(text).filter((keyword) => keyword.length > 2 && !GENERIC_KEYWORDS.has(keyword.toLowerCase()));
}

function joined(values: string[], separator: string): string | null {
  const distinct = [...new Set(values)];
  return distinct.length > 0 ? distinct.join(separator) : null;
}
