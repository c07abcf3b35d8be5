import type { FieldMap } from './FieldMap.js';

/**
 * The field map used when a collection's field table cannot be read: CONTENTdm's Dublin Core default nicks
 * and the ones SMU's collections use (the reference collector's field table), e.g. SMU keeps subject
 * headings under `author`, the genre under `formge` and an ISO date under `datea`.
 */
export const NICK_FIELD_MAP: FieldMap = {
  title: ['title'],
  description: ['descri', 'description'],
  /** The date as catalogued (`ca. 1943`, `June 6, 1944`, `1940s`), then SMU's ISO date (`1944-06-06`). */
  date: ['date', 'datea'],
  subjects: ['subjec', 'author'],
  keywords: ['keywor'],
  notes: ['notes', 'note'],
  rights: ['rights'],
  /** Dublin Core type: `Image`, `Text`, `Physical Object`... */
  type: ['type'],
  /** Format and genre: `Photographs`, `Postcards`, `Maps`... */
  genre: ['format', 'formge'],
};

/**
 * The fields every dmQuery record carries (CONTENTdm returns at most five): enough to refuse a record by
 * type, genre or date before its metadata is fetched, at one request per second.
 */
export const SEARCH_FIELDS: readonly string[] = ['title', 'date', 'type', 'format', 'formge'];
