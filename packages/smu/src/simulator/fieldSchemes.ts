/**
 * How a collection names its fields. SMU's own collections use local nicks (`datea` for the ISO date,
 * `formge` for the genre, subjects under `author`, `keywor`); others keep CONTENTdm's Dublin Core
 * defaults; `digitized` keeps the digitisation date under the nick `date` and the original's date under
 * `dateor`, as real collections do (Missouri's county histories date the original in `dateor`), so a
 * client that reads `date` as the item's date throws out photographs for the year they were scanned.
 */
export type FieldScheme = 'smu' | 'dublin-core' | 'digitized';

export interface SimField {
  nick: string;
  /** The label the site shows. */
  name: string;
  /** CONTENTdm's Dublin Core code; `BLANK` when unmapped. */
  dc: string;
  hide?: boolean;
}

const TITLE: SimField = { nick: 'title', name: 'Title', dc: 'title' };
const DESCRIPTION: SimField = { nick: 'descri', name: 'Description', dc: 'descri' };
const SUBJECT: SimField = { nick: 'subjec', name: 'Subject', dc: 'subjec' };
const RIGHTS: SimField = { nick: 'rights', name: 'Rights', dc: 'rights' };

/** Each scheme's fields in the order `dmGetItemInfo` and `dmGetCollectionFieldInfo` list them. */
export const SCHEME_FIELDS: Record<FieldScheme, readonly SimField[]> = {
  smu: [
    TITLE,
    { nick: 'creato', name: 'Photographer', dc: 'creato' },
    { nick: 'date', name: 'Date', dc: 'date' },
    { nick: 'datea', name: 'Date (ISO 8601)', dc: 'date' },
    { nick: 'decade', name: 'Decade', dc: 'coverab', hide: true },
    DESCRIPTION,
    { nick: 'notes', name: 'Notes', dc: 'BLANK' },
    { nick: 'author', name: 'Subject', dc: 'subjec' },
    { nick: 'keywor', name: 'Keywords', dc: 'subjec' },
    { nick: 'place', name: 'Place', dc: 'coveraa' },
    { nick: 'type', name: 'Type', dc: 'type' },
    { nick: 'formge', name: 'Genre', dc: 'formatb' },
    { nick: 'physic', name: 'Physical Description', dc: 'formata' },
    RIGHTS,
  ],
  'dublin-core': [
    TITLE,
    { nick: 'creato', name: 'Creator', dc: 'creato' },
    SUBJECT,
    DESCRIPTION,
    { nick: 'date', name: 'Date', dc: 'date' },
    { nick: 'type', name: 'Type', dc: 'type' },
    { nick: 'format', name: 'Format', dc: 'format' },
    { nick: 'source', name: 'Source', dc: 'source' },
    RIGHTS,
  ],
  digitized: [
    TITLE,
    DESCRIPTION,
    { nick: 'date', name: 'Date Digitized', dc: 'date' },
    { nick: 'dateor', name: 'Date of Original', dc: 'date' },
    SUBJECT,
    { nick: 'type', name: 'Type', dc: 'type', hide: true },
    { nick: 'format', name: 'Original Format', dc: 'format' },
    RIGHTS,
  ],
};

export function schemeNicks(scheme: FieldScheme): string[] {
  return SCHEME_FIELDS[scheme].map((field) => field.nick);
}
