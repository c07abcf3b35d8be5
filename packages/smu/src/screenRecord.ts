import { wholeTermMatcher, type DateWindow, type Drop } from '@hx4/core';
import { COMPOUND_FILETYPE, EXCLUDED_GENRES, IMAGE_FILETYPES } from './exclusions.js';
import type { FieldMap } from './FieldMap.js';
import { NICK_FIELD_MAP, SEARCH_FIELDS } from './fieldNicks.js';
import { fieldList, fieldText } from './fieldValues.js';
import { isInWindow, itemDate } from './itemDate.js';
import type { SmuRecord } from './SmuRecord.js';

const hasExcludedGenre = wholeTermMatcher(EXCLUDED_GENRES);
const IMAGE_TYPE = /(?<![\p{L}])(?:still image|image|photograph)/iu;
const MOVING_IMAGE = /moving image/iu;

/**
 * Why a record is not a photograph of its time, or null when it may be one. A record with its metadata
 * (`info`) is read through its collection's field map; a record without is read from the dmQuery fields
 * alone (`SEARCH_FIELDS`), so it can be refused before its metadata is asked for, and is refused for the
 * same reason afterwards.
 */
export function screenRecord(record: SmuRecord, window: DateWindow | null): Drop | null {
  if (!hasImageFile(record)) return { drop: 'not an image file' };
  const fields = record.info ?? record;
  const fieldMap = record.info ? fieldMapOf(record) : searchFieldMap(fieldMapOf(record));
  // CONTENTdm's own flag: a page of a digitised newspaper, whatever the collection catalogues.
  if (fieldText(fields.cdmisnewspaper) === '1') return { drop: 'newspaper page' };
  const types = fieldMap.type.flatMap((nick) => fieldList(fieldText(fields[nick])));
  if (types.length > 0 && !types.some(isImageType)) return { drop: 'not an image type' };
  const genres = fieldMap.genre.flatMap((nick) => fieldText(fields[nick]) ?? []);
  if (genres.some(hasExcludedGenre)) return { drop: 'excluded genre' };
  if (window && !isInWindow(itemDate(fields, fieldMap.date), window)) return { drop: 'out of date window' };
  return null;
}

/** An image, a compound object (expanded into its image pages), or a page of one. */
export function hasImageFile(record: SmuRecord): boolean {
  const filetype = fieldText(record.filetype)?.toLowerCase() ?? '';
  return record.page !== undefined || filetype === COMPOUND_FILETYPE || IMAGE_FILETYPES.has(filetype);
}

/** The record's collection mapped by its field table (attached by `expandRecord`), else the nick table. */
export function fieldMapOf(record: SmuRecord): FieldMap {
  return record.fieldMap ?? NICK_FIELD_MAP;
}

/**
 * What a dmQuery record's own fields can tell. Type and genre fields among them count. The date counts
 * only when the collection's best date candidate is among them: where the original's date is `dateor`
 * (Missouri's county histories), dmQuery was not asked for it, and the `date` it did bring may be a
 * search copy or the scan's date, which must not throw a photograph out.
 */
function searchFieldMap(fieldMap: FieldMap): FieldMap {
  const asked = (nicks: readonly string[]) => nicks.filter((nick) => SEARCH_FIELDS.includes(nick));
  const best = fieldMap.date[0];
  return {
    ...fieldMap,
    type: asked(fieldMap.type),
    genre: asked(fieldMap.genre),
    date: best !== undefined && SEARCH_FIELDS.includes(best) ? [best] : [],
  };
}

/** `Image`, `StillImage`, `Photograph`; not `Moving Image`, `Text` or `Physical Object`. */
function isImageType(type: string): boolean {
  const spaced = type.replace(/([a-z])([A-Z])/gu, '$1 $2');
  return IMAGE_TYPE.test(spaced) && !MOVING_IMAGE.test(spaced);
}
