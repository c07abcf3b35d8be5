import { isObject } from '@hx4/core';

/** One field of a collection, as `dmGetCollectionFieldInfo/<alias>/json` lists it. */
export interface CollectionField {
  /** The label the site shows, e.g. "Date of Original". */
  name: string;
  /** The key of the field in `dmGetItemInfo` and `dmQuery`, e.g. `date`. */
  nick: string;
  /** CONTENTdm's Dublin Core code (`title`, `descri`, `date`, `subjec`…, refinements with a suffix letter); `''` or `BLANK` when unmapped. */
  dc: string;
  /** `TEXT`, `DATE`, `FTS` (the full-text field), `FULLRES`. */
  type: string;
  /** Not shown on the site; `dmGetItemInfo` still returns it. */
  hidden: boolean;
  /** CONTENTdm's own bookkeeping (`dmcreated`, `dmrecord`, `find`…), not the collection's metadata. */
  admin: boolean;
}

/**
 * The fields of a `dmGetCollectionFieldInfo` answer, in the collection's order; null when the answer is not
 * a field table (an error body, a moved site's `[]`). Entries without a nick are skipped. `hide` and `admin`
 * are 0 or 1 in the recordings; anything else truthy counts too.
 */
export function readFieldTable(body: unknown): CollectionField[] | null {
  if (!Array.isArray(body)) return null;
  const fields = body.filter(isObject).flatMap((entry): CollectionField[] => {
    if (typeof entry.nick !== 'string' || entry.nick.trim() === '') return [];
    return [
      {
        name: typeof entry.name === 'string' ? entry.name : '',
        nick: entry.nick.trim(),
        dc: typeof entry.dc === 'string' ? entry.dc.trim().toLowerCase() : '',
        type: typeof entry.type === 'string' ? entry.type.toUpperCase() : '',
        hidden: flag(entry.hide),
        admin: flag(entry.admin),
      },
    ];
  });
  return fields.length > 0 ? fields : null;
}

function flag(value: unknown): boolean {
  return value === 1 || value === '1' || value === true;
}
