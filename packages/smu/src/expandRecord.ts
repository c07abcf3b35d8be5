import type { AdapterOptions, DetailFetcher } from '@hx4/core';
import { compoundPages } from './compoundPages.js';
import { dmwebservicesUrl } from './contentdmUrls.js';
import { contentdmError } from './contentdmError.js';
import { COMPOUND_FILETYPE, IMAGE_FILETYPES } from './exclusions.js';
import { fieldText, isObject } from './fieldValues.js';
import { recordId, type RecordId } from './recordId.js';
import { screenRecord } from './screenRecord.js';
import type { CompoundPage, SmuRecord } from './SmuRecord.js';

/**
 * Completes a dmQuery record with its metadata (`dmGetItemInfo`), and a compound object with its pages
 * (`dmGetCompoundObjectInfo`): one record per image page, each with the parent's metadata. A record the
 * screen already refuses is returned as it is, without a request (`toRow` drops it for the same reason).
 * CONTENTdm's HTTP 200 error bodies (item not found, not compound) throw with CONTENTdm's message, which
 * the core records as the reason the record is dropped.
 */
export async function expandRecord(record: SmuRecord, fetch: DetailFetcher, options: AdapterOptions): Promise<SmuRecord[]> {
  const id = recordId(record);
  if (id === null || screenRecord(record, record, options.window) !== null) return [record];
  const info = await apiObject(fetch, options.endpoint, 'dmGetItemInfo', id);
  const described: SmuRecord = { ...record, info };
  if (fieldText(record.filetype)?.toLowerCase() !== COMPOUND_FILETYPE || screenRecord(record, info, options.window) !== null) {
    return [described];
  }
  const pages = compoundPages(await apiObject(fetch, options.endpoint, 'dmGetCompoundObjectInfo', id)).filter(isImagePage);
  if (pages.length === 0) throw new Error('compound object without image pages');
  return pages.map((page) => ({ ...described, page }));
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
  const extension = /\.([a-z0-9]{1,5})$/iu.exec(page.file ?? '')?.[1].toLowerCase();
  return extension === undefined || IMAGE_FILETYPES.has(extension);
}
