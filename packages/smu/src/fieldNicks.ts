/**
 * Where each piece of metadata sits in a CONTENTdm item, by field nick, first match wins. Nicks are set per
 * collection: these are CONTENTdm's Dublin Core defaults and the ones SMU's collections use (the reference
 * collector's field table), e.g. SMU keeps subject headings under `author` and the genre under `formge`.
 */
export const FIELD_NICKS = {
  title: ['title'],
  description: ['descri', 'description'],
  /** The date as catalogued, e.g. `ca. 1943`, `June 6, 1944`, `1940s`. */
  date: ['date'],
  /** SMU's ISO date (`1944-06-06`, `1944`), preferred when it parses. */
  isoDate: ['datea'],
  subjects: ['subjec', 'author'],
  keywords: ['keywor'],
  notes: ['notes', 'note'],
  rights: ['rights'],
  /** Dublin Core type: `Image`, `Text`, `Physical Object`... */
  type: ['type'],
  /** Format and genre: `Photographs`, `Postcards`, `Maps`... */
  genre: ['format', 'formge'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The fields every dmQuery record carries (CONTENTdm returns at most five): enough to refuse a record by
 * type, genre or date before its metadata is fetched, at one request per second.
 */
export const SEARCH_FIELDS: readonly string[] = ['title', 'date', 'type', 'format', 'formge'];
