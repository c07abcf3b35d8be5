import type { CollectionField } from './CollectionField.js';

/** Names that say a field dates the original: "Date of Original", "Date.Original", "Date Created", "Date of Photograph". */
const CREATION = /original|creat|photograph|taken/iu;
/** Machine copies of the catalogued date, for sorting and searching: "Sort Date", "Searchable Date", "Date.Search". */
const DERIVED = /sort|search/iu;
/**
 * Dates of the digital copy or of the catalogue record ("Date.Digital", "Date Digitized", "Upload Date", "Date
 * Modified"), and a person's birth date (Georgia's death certificates carry one): never the item's date.
 */
const NOT_THE_ITEMS = /digi|upload|scan|modif|added|accession|catalog|birth/iu;
const DATE_WORD = /date|year/iu;

/**
 * The nicks that may hold an item's creation date, best first. Candidates are the fields mapped to Dublin
 * Core `date` (with or without a refinement letter), plus fields whose name says they date the original
 * whatever their mapping (Ohio Memory maps "Date of Original" to `coverab`). Never the full-text field or
 * CONTENTdm's admin fields (`dmcreated` is the upload date). Ranked by what the name says (the original,
 * then plain dates such as "Date" or "Year", then sort and search copies), then shown before hidden
 * (Tennessee's hidden "Date of Death" comes after its "Year"), then the collection's own order.
 */
export function creationDateNicks(fields: readonly CollectionField[]): string[] {
  return (
    fields
      .filter((field) => !field.admin && field.type !== 'FTS' && !NOT_THE_ITEMS.test(field.name))
      .filter((field) => isDublinCoreDate(field.dc) || (CREATION.test(field.name) && DATE_WORD.test(field.name)))
      // A stable sort: equal ranks keep the collection's order.
      .sort((a, b) => rankOfName(a.name) - rankOfName(b.name) || Number(a.hidden) - Number(b.hidden))
      .map((field) => field.nick)
  );
}

function isDublinCoreDate(dc: string): boolean {
  return /^date[a-z]?$/u.test(dc);
}

function rankOfName(name: string): number {
  if (CREATION.test(name)) return 0;
  return DERIVED.test(name) ? 2 : 1;
}
