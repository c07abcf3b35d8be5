import type { SimResponse } from '@hx4/testkit';
import { collectionOf } from './collections.js';
import { ITEM_NOT_FOUND, NOT_COMPOUND, phpJsonResponse, unknownCollectionResponse } from './phpJson.js';
import type { SimPage } from './simItem.js';
import type { PointerTarget, SmuCorpus } from './SmuCorpus.js';

type Lookup = { target: PointerTarget } | { answer: SimResponse };

function lookup([alias = '', pointer = '']: string[], corpus: SmuCorpus): Lookup {
  if (!collectionOf(alias)) return { answer: unknownCollectionResponse(alias) };
  const target = /^\d{1,9}$/u.test(pointer) ? corpus.byPointer(alias, Number(pointer)) : null;
  if (!target || target.item.kind === 'ghost') return { answer: phpJsonResponse(ITEM_NOT_FOUND) };
  return { target };
}

/**
 * `dmGetItemInfo/{alias}/{pointer}`: the item's fields (empty ones as `{}`) and CONTENTdm's system fields;
 * for a compound object's page, the collection's fields with only the page title filled in, as TeVA's
 * pages have them. Unknown or vanished items get CONTENTdm's HTTP 200 "Requested item not found" body.
 */
export function itemInfoResponse(params: string[], corpus: SmuCorpus): SimResponse {
  const found = lookup(params, corpus);
  if ('answer' in found) return found.answer;
  const { item, page } = found.target;
  const fields = page ? { ...Object.fromEntries(Object.keys(item.fields).map((nick) => [nick, ''])), title: page.title } : item.fields;
  const pointer = page?.pointer ?? item.pointer;
  return phpJsonResponse({
    ...Object.fromEntries(Object.entries(fields).map(([nick, value]) => [nick, value || {}])),
    fullrs: {},
    find: page?.file ?? item.find,
    dmaccess: {},
    dmimage: {},
    dmcreated: '2016-03-02',
    dmmodified: '2021-11-18',
    dmoclcno: {},
    dmrecord: String(pointer),
    restrictionCode: '1',
    cdmfilesize: String(100_000 + (pointer % 9973) * 17),
    cdmfilesizeformatted: '0.10 MB',
    cdmprintpdf: '0',
    cdmhasocr: '0',
    cdmisnewspaper: '0',
  });
}

/**
 * `dmGetCompoundObjectInfo/{alias}/{pointer}`: `{ type, page }` with `page` an object when there is one;
 * for a monograph, as Missouri's county histories: a top `node` with its first two pages and a list of
 * section `node`s, a one-page section giving `page` as an object. Other items get "Requested item is not
 * compound".
 */
export function compoundInfoResponse(params: string[], corpus: SmuCorpus): SimResponse {
  const found = lookup(params, corpus);
  if ('answer' in found) return found.answer;
  const { item, page } = found.target;
  if (page || item.kind !== 'compound') return phpJsonResponse(NOT_COMPOUND);
  const pages = item.pages.map(pageEntry);
  if (!item.monograph) return phpJsonResponse({ type: 'Document', page: pageList(pages) });
  const sections = [];
  for (let start = 2; start < pages.length; start += 2) {
    sections.push({ nodetitle: `Section ${sections.length + 1}`, page: pageList(pages.slice(start, start + 2)) });
  }
  return phpJsonResponse({ type: 'Monograph', node: { nodetitle: item.fields.title, page: pages.slice(0, 2), node: sections } });
}

/** CONTENTdm's XML turned JSON: one page is an object, several a list. */
function pageList(pages: Record<string, unknown>[]): Record<string, unknown> | Record<string, unknown>[] {
  const [only, ...more] = pages;
  return only !== undefined && more.length === 0 ? only : pages;
}

function pageEntry(page: SimPage): Record<string, unknown> {
  return { pagetitle: page.title, pagefile: page.file, pageptr: String(page.pointer) };
}
