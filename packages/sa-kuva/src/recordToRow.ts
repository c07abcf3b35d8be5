import type { AdapterOptions, DateWindow, RowDraft, RowResult } from '@hx4/core';
import { collapseWhitespace, isObject, stringValues } from './fieldValues.js';
import type { FinnaFacetValue, FinnaRecord } from './FinnaRecord.js';
import { largeImageUrl } from './imageUrl.js';
import { recordRef } from './recordRef.js';
import { recordYear, type RecordYear } from './recordYear.js';

/** Columns SA-Kuva rows carry beyond the shared ones, in order. */
export const SA_KUVA_EXTRA_COLUMNS = ['rights'] as const;

export type SaKuvaExtraColumn = (typeof SA_KUVA_EXTRA_COLUMNS)[number];

/** A row draft with the SA-Kuva columns under `extra` (written after the shared CSV columns). */
export type SaKuvaRowDraft = RowDraft & { extra: Record<SaKuvaExtraColumn, string | null> };

/** The organisation at the top of the `building` hierarchy, as in `0/SA-kuva/` and `1/SA-kuva/SA-kuva/`. */
const SA_KUVA_ORGANISATION = 'SA-kuva';

/** One Finna search record → the archive columns of a row, or the reason it is dropped. */
export function recordToRow(record: FinnaRecord, options: AdapterOptions): RowResult {
  const ref = recordRef(record);
  if (!ref) return { drop: 'no record id' };
  if (!isSaKuva(record.buildings)) return { drop: 'not sa-kuva collection' };
  const date = recordYear(record.year);
  if (options.window && !overlapsWindow(date, options.window)) return { drop: 'out of date window' };
  const imageUrl = largeImageUrl(record.images, options.endpoint);
  if (imageUrl === null) return { drop: 'no image' };

  const row: SaKuvaRowDraft = {
    doc_id: ref.id,
    id: ref.id,
    img_url: imageUrl,
    doc_url: ref.url,
    raw_doc_date: text(record.year),
    doc_year: date.year,
    doc_date: date.year === null ? null : String(date.year),
    country: 'Finland',
    title: text(record.title),
    description: text(stringValues(record.summary).join(' ')),
    extra: { rights: isObject(record.imageRights) ? text(record.imageRights.copyright) : null },
  };
  return row;
}

function isSaKuva(buildings: unknown): boolean {
  if (!Array.isArray(buildings)) return false;
  return buildings.some(
    (building: FinnaFacetValue) => isObject(building) && stringValues(building.value)[0]?.split('/')[1] === SA_KUVA_ORGANISATION,
  );
}

/**
 * Years compared as numbers with the window's years: Finna gives no finer date. Undated records are kept,
 * the server's date filter having matched them; a range counts when it reaches into the window.
 */
function overlapsWindow({ first, last }: RecordYear, window: DateWindow): boolean {
  if (first === null || last === null) return true;
  return first <= Number(window.end.slice(0, 4)) && last >= Number(window.start.slice(0, 4));
}

function text(value: unknown): string | null {
  const collapsed = typeof value === 'string' ? collapseWhitespace(value) : '';
  return collapsed === '' ? null : collapsed;
}
