import { nonBlankText, type AdapterOptions, type DateWindow, type RecordRef, type RowResult } from '@hx4/core';
import { captionYear } from './captionYear.js';
import { galleryByKey } from './catalogue.js';
import { fullSizeUrl } from './fullSizeUrl.js';
import { galleryPageUrl } from './galleryRequest.js';
import { absoluteUrl } from './parseAttachmentPage.js';
import type { WwiiRecord } from './WwiiRecord.js';

/**
 * One gallery image → the archive columns of a row, or the reason it is dropped. The image is the
 * attachment page's full-size link, else the thumbnail's URL without WordPress's size suffix; the year
 * is the first one standing alone in the caption (else the title), and `dateSource` says which; undated
 * images are kept.
 */
export function recordToRow(record: WwiiRecord, options: AdapterOptions): RowResult {
  const galleryUrl = readableGalleryUrl(record.gallery, options.endpoint);
  if (galleryUrl === null) return { drop: 'no gallery' };
  const thumbnail = absoluteUrl(nonBlankText(record.thumbnailUrl), galleryUrl);
  const imageUrl = absoluteUrl(nonBlankText(record.imageUrl), galleryUrl) ?? (thumbnail === null ? null : fullSizeUrl(thumbnail));
  const id = imageUrl === null ? null : fileStem(imageUrl);
  if (imageUrl === null || id === null) return { drop: 'no image url' };
  const title = nonBlankText(record.title) ?? nonBlankText(record.alt);
  const description = nonBlankText(record.caption) ?? nonBlankText(record.galleryCaption);
  const fromCaption = captionYear(description);
  const year = fromCaption ?? captionYear(title);
  if (year !== null && options.window && !isInWindow(year, options.window)) return { drop: 'out of date window' };

  const ref = pageRef(record, galleryUrl);
  return {
    doc_id: ref.id,
    id,
    img_url: imageUrl,
    doc_url: ref.url,
    raw_doc_date: year === null ? null : String(year),
    doc_year: year,
    doc_date: year === null ? null : String(year),
    country: galleryByKey(record.gallery)?.country ?? null,
    title,
    description,
    ...(year === null ? {} : { dateSource: fromCaption === null ? 'title' : 'caption' }),
  };
}

/** The image's attachment page (else its gallery page): its path is the row's `doc_id`. */
export function recordRef(record: WwiiRecord, options: AdapterOptions): RecordRef | null {
  const galleryUrl = readableGalleryUrl(record.gallery, options.endpoint);
  return galleryUrl === null ? null : pageRef(record, galleryUrl);
}

function pageRef(record: WwiiRecord, galleryUrl: string): RecordRef {
  const url = absoluteUrl(nonBlankText(record.attachmentUrl), galleryUrl) ?? galleryUrl;
  return { id: new URL(url).pathname, url };
}

/** Null for a gallery key that names no gallery path (a record cached from another site layout). */
function readableGalleryUrl(gallery: string, endpoint: string): string | null {
  try {
    return galleryPageUrl(endpoint, gallery, 1);
  } catch {
    return null;
  }
}

/** The file name without its extension (`…/Panzer_IV_017.jpg` → `Panzer_IV_017`); the core makes it file-safe. */
function fileStem(url: string): string | null {
  const file = new URL(url).pathname.split('/').pop() ?? '';
  let name: string;
  try {
    name = decodeURIComponent(file);
  } catch {
    name = file;
  }
  const stem = name.replace(/\.[^.]*$/u, '');
  return stem === '' ? null : stem;
}

/** Captions give years, so years are compared with the window's years as numbers. */
function isInWindow(year: number, window: DateWindow): boolean {
  return year >= Number(window.start.slice(0, 4)) && year <= Number(window.end.slice(0, 4));
}
