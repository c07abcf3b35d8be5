import type { SimResponse } from '@hx4/testkit';
import { collectionOf, SIM_COLLECTIONS } from './collections.js';
import { phpJsonResponse, unknownCollectionResponse } from './phpJson.js';
import type { SimItem } from './simItem.js';
import type { SmuCorpus } from './SmuCorpus.js';
import { matchesTerms, readSearchTerms } from './searchTerms.js';

/** CONTENTdm's documented bounds. */
const MAX_RECS = 1024;
const MAX_FIELDS = 5;

/**
 * `dmQuery/{alias}/{searchstrings}/{fields}/{sortby}/{maxrecs}/{start}/{suppress}/{docptr}/{suggest}/
 * {facets}/{showunpub}/{denormalizeFacets}`, answered like CONTENTdm: `{ pager: { start, maxrecs, total },
 * records }`, `start` and `maxrecs` strings, `total` a number, each record `{ collection: "/alias",
 * pointer, filetype, parentobject, <fields>, find }` with an empty or unknown field as `""` (not `{}` as
 * in dmGetItemInfo). `suppress` 0 also lists the pages of compound objects.
 */
export function dmQueryResponse(params: string[], corpus: SmuCorpus): SimResponse {
  const [aliasParam = '', searchParam = '0', fieldsParam = '', sortby = 'nosort', maxrecsParam = '', startParam = '', suppress = '0'] =
    params;
  const aliases = aliasParam === 'all' ? SIM_COLLECTIONS.map((collection) => collection.alias) : aliasParam.split('!');
  const unknown = aliases.find((alias) => !collectionOf(alias));
  if (unknown !== undefined) return unknownCollectionResponse(unknown);
  const terms = readSearchTerms(searchParam);
  const fields = fieldsParam.split('!').filter(Boolean).slice(0, MAX_FIELDS);
  const maxrecs = Math.min(MAX_RECS, Math.max(1, wholeNumber(maxrecsParam) ?? 50));
  const start = Math.max(1, wholeNumber(startParam) ?? 1);

  const candidates = terms.phrase === null ? Array.from({ length: corpus.size }, (_, index) => index) : corpus.hits(terms.phrase);
  const items = candidates
    .map((index) => corpus.item(index))
    .filter((item) => aliases.includes(item.collection.alias) && matchesTerms(item, terms));
  if (sortby !== 'nosort') items.sort((a, b) => (a.fields[sortby] ?? '').localeCompare(b.fields[sortby] ?? '') || a.index - b.index);
  const listed = items.flatMap((item) => [itemRecord(item, fields), ...(suppress === '0' ? pageRecords(item, fields) : [])]);
  return phpJsonResponse({
    pager: { start: String(start), maxrecs: String(maxrecs), total: listed.length },
    records: listed.slice(start - 1, start - 1 + maxrecs),
  });
}

function itemRecord(item: SimItem, fields: string[]): Record<string, unknown> {
  return {
    collection: `/${item.collection.alias}`,
    pointer: item.pointer,
    filetype: item.filetype,
    parentobject: -1,
    ...Object.fromEntries(fields.map((nick) => [nick, item.fields[nick] ?? ''])),
    find: item.find,
  };
}

function pageRecords(item: SimItem, fields: string[]): Record<string, unknown>[] {
  return item.pages.map((page) => ({
    collection: `/${item.collection.alias}`,
    pointer: page.pointer,
    filetype: page.file.split('.').pop(),
    // A string here, where a top-level record has the number -1.
    parentobject: String(item.pointer),
    ...Object.fromEntries(fields.map((nick) => [nick, nick === 'title' ? page.title : ''])),
    find: page.file,
  }));
}

function wholeNumber(text: string): number | null {
  return /^\d{1,9}$/u.test(text) ? Number(text) : null;
}
