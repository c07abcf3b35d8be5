import type { DateWindow, Drop } from '@hx4/core';
import { COMPOUND_FILETYPE, EXCLUDED_GENRES, IMAGE_FILETYPES } from './exclusions.js';
import { FIELD_NICKS } from './fieldNicks.js';
import { fieldList, fieldText } from './fieldValues.js';
import { isInWindow, itemDate } from './itemDate.js';
import { wholeTermMatcher } from './matchers.js';
import type { SmuRecord } from './SmuRecord.js';

const hasExcludedGenre = wholeTermMatcher(EXCLUDED_GENRES);
const IMAGE_TYPE = /(?<![\p{L}])(?:still image|image|photograph)/iu;
const MOVING_IMAGE = /moving image/iu;

/**
 * Why a record is not a photograph of its time, or null when it may be one. `fields` is the item's metadata
 * when it was fetched, else the dmQuery record itself (which carries `SEARCH_FIELDS`), so a record can be
 * refused before its metadata is asked for, and is refused for the same reason afterwards.
 */
export function screenRecord(record: SmuRecord, fields: Record<string, unknown>, window: DateWindow | null): Drop | null {
  const filetype = fieldText(record.filetype)?.toLowerCase() ?? '';
  if (record.page === undefined && filetype !== COMPOUND_FILETYPE && !IMAGE_FILETYPES.has(filetype)) {
    return { drop: 'not an image file' };
  }
  const types = FIELD_NICKS.type.flatMap((nick) => fieldList(fieldText(fields[nick])));
  if (types.length > 0 && !types.some(isImageType)) return { drop: 'not an image type' };
  const genres = FIELD_NICKS.genre.flatMap((nick) => fieldText(fields[nick]) ?? []);
  if (genres.some(hasExcludedGenre)) return { drop: 'excluded genre' };
  if (window && !isInWindow(itemDate(fields), window)) return { drop: 'out of date window' };
  return null;
}

/** `Image`, `StillImage`, `Photograph`; not `Moving Image`, `Text` or `Physical Object`. */
function isImageType(type: string): boolean {
  const spaced = type.replace(/([a-z])([A-Z])/gu, '$1 $2');
  return IMAGE_TYPE.test(spaced) && !MOVING_IMAGE.test(spaced);
}
