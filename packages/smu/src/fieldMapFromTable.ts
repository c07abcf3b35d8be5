import type { CollectionField } from './CollectionField.js';
import { creationDateNicks } from './creationDateNicks.js';
import type { FieldMap } from './FieldMap.js';
import { NICK_FIELD_MAP } from './fieldNicks.js';

/** Format and its Medium refinement (`formatb`); not Extent (`formata`), which holds sizes ("291.304 KB", "8 x 10 in."). */
const GENRE_CODES = new Set(['format', 'formatb']);

/**
 * A collection's field map from its field table: fields by their Dublin Core mapping, never by their nick
 * (ADAH's `creato` is an "Old Catalog Number" mapped to `identi`). Shown fields come before hidden ones,
 * then the table's order. The full-text field (`FTS`) and admin fields are left out. Keywords and notes
 * have no Dublin Core element; they keep their nicks where the collection has them.
 */
export function fieldMapFromTable(table: readonly CollectionField[]): FieldMap {
  const fields = table.filter((field) => !field.admin && field.type !== 'FTS');
  const ordered = [...fields.filter((field) => !field.hidden), ...fields.filter((field) => field.hidden)];
  const mapped = (matches: (dc: string) => boolean) => ordered.filter((field) => matches(field.dc)).map((field) => field.nick);
  // A code takes its refinements too: `descri` also finds `descria`.
  const byCode = (code: string) => mapped((dc) => dc === code || (dc.length === code.length + 1 && dc.startsWith(code)));
  const present = (nicks: readonly string[]) => nicks.filter((nick) => fields.some((field) => field.nick === nick));
  const keywords = present(NICK_FIELD_MAP.keywords);
  return {
    title: byCode('title'),
    description: byCode('descri'),
    date: creationDateNicks(table),
    subjects: byCode('subjec').filter((nick) => !keywords.includes(nick)),
    keywords,
    notes: present(NICK_FIELD_MAP.notes),
    rights: byCode('rights'),
    type: byCode('type'),
    genre: mapped((dc) => GENRE_CODES.has(dc)),
  };
}
