import { nonBlankText, phraseMatcher, wholeTermMatcher, type AdapterOptions, type RowDraft, type RowResult } from '@hx4/core';
import { EXCLUDED_SERIES_TERMS, USELESS_DESCRIPTION_TERMS, USELESS_TITLE_TERMS } from './exclusions.js';
import { imageObjectUrls } from './imageObjects.js';
import type { NaraRecord } from './NaraRecord.js';
import { isInWindow, recordDate } from './recordDate.js';
import { recordRef } from './recordRef.js';

const inExcludedSeries = wholeTermMatcher(EXCLUDED_SERIES_TERMS);
const hasUselessTitleTerm = wholeTermMatcher(USELESS_TITLE_TERMS);
const hasUselessDescriptionTerm = wholeTermMatcher(USELESS_DESCRIPTION_TERMS);

/**
 * One Catalog record → one row per image object, or the reason it is dropped. The first image's row
 * is `<naId>`, the next ones `<naId>_2`, `<naId>_3`, … in the record's order. With `query`, a record
 * must name it in its title or description: the Catalog's full-text search also matches series
 * titles and transcriptions, which says little about the picture.
 */
export function recordToRows(record: NaraRecord, options: AdapterOptions, query?: string): RowResult | RowResult[] {
  const ref = recordRef(record);
  if (ref === null) return { drop: 'no record id' };
  const naId = ref.id;
  const imageUrls = imageObjectUrls(record);
  if (imageUrls.length === 0) return { drop: 'no image object' };
  const ancestorTitles = (record.ancestors ?? []).flatMap((ancestor) => nonBlankText(ancestor.title) ?? []);
  if (ancestorTitles.some(inExcludedSeries)) return { drop: 'excluded series' };
  const title = nonBlankText(record.title);
  if (title !== null && hasUselessTitleTerm(title)) return { drop: 'useless title' };
  const description = nonBlankText(record.scopeAndContentNote);
  if (description !== null && hasUselessDescriptionTerm(description)) return { drop: 'useless description' };
  if (query !== undefined) {
    const namesQuery = matcherFor(query);
    if (![title, description].some((text) => text !== null && namesQuery(text))) return { drop: 'query not in text' };
  }
  const date = recordDate(record);
  if (options.window && !isInWindow(date, options.window)) return { drop: 'out of date window' };

  const shared: Omit<RowDraft, 'id' | 'img_url'> = {
    doc_id: naId,
    doc_url: ref.url,
    raw_doc_date: date.raw,
    doc_year: date.year,
    doc_date: date.date ?? (date.year === null ? null : String(date.year)),
    country: null,
    title,
    description,
  };
  return imageUrls.map((imageUrl, index) => ({ ...shared, id: index === 0 ? naId : `${naId}_${index + 1}`, img_url: imageUrl }));
}

/** Every record of a query is tested against it: build its pattern once (a run has a few hundred queries). */
const queryMatchers = new Map<string, (text: string) => boolean>();
function matcherFor(query: string): (text: string) => boolean {
  let matcher = queryMatchers.get(query);
  if (!matcher) queryMatchers.set(query, (matcher = phraseMatcher(query)));
  return matcher;
}
