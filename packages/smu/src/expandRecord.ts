import { isObject, wholeNumber, type AdapterOptions, type DetailFetcher } from '@hx4/core';
import { collectionFieldMap } from './collectionFieldMap.js';
import { compoundPages } from './compoundPages.js';
import { dmwebservicesUrl } from './contentdmUrls.js';
import { contentdmError } from './contentdmError.js';
import { COMPOUND_FILETYPE, IMAGE_FILETYPES } from './exclusions.js';
import { fieldText } from './fieldValues.js';
import { recordId, type RecordId } from './recordId.js';
import { hasImageFile, screenRecord } from './screenRecord.js';
import type { CompoundPage, SmuRecord } from './SmuRecord.js';

/**
 * Completes a dmQuery record with its collection's field map (`dmGetCollectionFieldInfo`, asked once per
 * collection and cached), its metadata (`dmGetItemInfo`), and a compound object with its pages
 * (`dmGetCompoundObjectInfo`): one record per image page, each with the parent's metadata. A record
 * refused on what is already known is returned without further requests (`toRow` drops it for the same
 * reason): no request at all for a file that is not an image. CONTENTdm's HTTP 200 error bodies (item not
 * found, not compound) throw with CONTENTdm's message, which the core records as the reason the record is
 * dropped.
 */
export async function expandRecord(record: SmuRecord, fetch: DetailFetcher, options: AdapterOptions): Promise<SmuRecord[]> {
  const listedAs = recordId(record);
  if (listedAs === null || !hasImageFile(record)) return [record];
  const { item, id } = pageOfParent(record, listedAs);
  const listed: SmuRecord = { ...item, fieldMap: await collectionFieldMap(fetch, options.endpoint, id.alias) };
  if (screenRecord(listed, options.window) !== null) return [listed];
  const described: SmuRecord = { ...listed, info: await apiObject(fetch, options.endpoint, 'dmGetItemInfo', id) };
  if (
    fieldText(item.filetype)?.toLowerCase() !== COMPOUND_FILETYPE ||
    item.page !== undefined ||
    screenRecord(described, options.window) !== null
  ) {
    return [described];
  }
  const pages = compoundPages(await apiObject(fetch, options.endpoint, 'dmGetCompoundObjectInfo', id)).filter(isImagePage);
  if (pages.length === 0) throw new Error('compound object without image pages');
  return pages.map((page) => ({ ...described, page }));
}

/**
 * A page the search listed on its own (the adapter asks with `suppress` 1, which lists compound objects
 * instead; a site or a docptr search may still list pages): its `parentobject` names the object, as a
 * string ("1206616"), where a top-level record has the number -1, the same two forms GetParent answers
 * with. The page becomes a page of its parent, whose metadata describes it: a page's own is mostly a scan
 * name ("54784_460").
 */
function pageOfParent(record: SmuRecord, listedAs: RecordId): { item: SmuRecord; id: RecordId } {
  const parent = wholeNumber(record.parentobject);
  if (parent === null || parent === listedAs.pointer) return { item: record, id: listedAs };
  const page = { pointer: listedAs.pointer, title: fieldText(record.title), file: fieldText(record.find) };
  return { item: { ...record, pointer: parent, page }, id: { alias: listedAs.alias, pointer: parent } };
}

async function apiObject(fetch: DetailFetcher, endpoint: string, functionName: string, { alias, pointer }: RecordId) {
  const body = await fetch.getJson(dmwebservicesUrl(endpoint, functionName, [alias, pointer]), { Accept: 'application/json' });
  const refusal = contentdmError(body);
  if (refusal !== null) throw new Error(`${functionName}: ${refusal}`);
  if (!isObject(body)) throw new Error(`${functionName}: the answer is not a JSON object`);
  return body;
}

/** A page whose file is not an image (a PDF of a letter inside a scrapbook) has no photograph to give. */
function isImagePage(page: CompoundPage): boolean {
  const extension = /\.([a-z0-9]{1,5})$/iu.exec(page.file ?? '')?.[1]?.toLowerCase();
  return extension === undefined || IMAGE_FILETYPES.has(extension);
}
