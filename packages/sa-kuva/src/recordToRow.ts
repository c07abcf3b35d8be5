import { nonBlankText, type AdapterOptions, type DateWindow, type RowDraft, type RowResult } from '@hx4/core';
import type { DateSpan } from './DateSpan.js';
import type { FinnaRecord } from './FinnaRecord.js';
import { largeImageUrl } from './imageUrl.js';
import { recordDate } from './recordDate.js';
import { recordRef } from './recordRef.js';

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
  const date = recordDate(record);
  if (options.window && date && !overlapsWindow(date.span, options.window)) return { drop: 'out of date window' };
  const imageUrl = largeImageUrl(record.images, options.endpoint);
  if (imageUrl === null) return { drop: 'no image' };

  const row: SaKuvaRowDraft = {
    doc_id: ref.id,
    id: ref.id,
    img_url: imageUrl,
    doc_url: ref.url,
    // A year Finna gives in a form no reader knows is still shown as it came.
    raw_doc_date: date?.text ?? nonBlankText(record.year),
    doc_year: date ? singleYear(date.span) : null,
    doc_date: date ? isoDate(date.span) : null,
    country: 'Finland',
    title: nonBlankText(record.title),
    description: nonBlankText(record.summary?.join(' ')),
    extra: { rights: nonBlankText(record.imageRights?.copyright) },
    ...(date ? { dateSource: date.source } : {}),
  };
  return row;
}

function isSaKuva(buildings: FinnaRecord['buildings']): boolean {
  return (buildings ?? []).some((building) => building.value?.split('/')[1] === SA_KUVA_ORGANISATION);
}

/**
 * Dates compared as dates with the window's days: a photograph of 20 August 1939 is outside a window from
 * 1 September 1939, although the server's year filter found it. A year or range counts when it reaches into
 * the window. Undated records are kept, the server's date filter having matched them.
 */
function overlapsWindow({ first, last }: DateSpan, window: DateWindow): boolean {
  return first <= window.end && last >= window.start;
}

/** The year when the whole date lies in one. */
function singleYear({ first, last }: DateSpan): number | null {
  return first.slice(0, 4) === last.slice(0, 4) ? Number(first.slice(0, 4)) : null;
}

/** `1942-07-15`, `1942-07` or `1942` as precisely as known; null for a range. */
function isoDate({ first, precision }: DateSpan): string | null {
  const length = { day: 10, month: 7, year: 4, range: 0 }[precision];
  return length === 0 ? null : first.slice(0, length);
}
