import type { AdapterOptions, DetailFetcher } from '@hx4/core';
import { galleryPageUrl } from './galleryRequest.js';
import { absoluteUrl, isImageFile, parseAttachmentPage } from './parseAttachmentPage.js';
import type { WwiiRecord } from './WwiiRecord.js';

/**
 * Completes a thumbnail with its attachment page: title, caption and the full-size link. A thumbnail
 * linking straight to its image file has no page to read and keeps what the gallery said. Throws (and
 * the core drops the record with the message) when there is no page to fetch or it cannot be read.
 */
export async function expandAttachment(record: WwiiRecord, fetch: DetailFetcher, options: AdapterOptions): Promise<WwiiRecord[]> {
  const galleryUrl = galleryPageUrl(options.endpoint, record.gallery, 1);
  const pageUrl = absoluteUrl(record.attachmentUrl, galleryUrl)?.replace(/#.*$/u, '') ?? null;
  // A link back to the gallery itself (`href="#"`) is no attachment page either.
  if (pageUrl === null || pageUrl === galleryUrl) throw new Error('thumbnail without a link to its attachment page');
  if (isImageFile(pageUrl)) return [{ ...record, attachmentUrl: null, imageUrl: pageUrl }];
  const html = await fetch.getText(pageUrl, { Accept: 'text/html,application/xhtml+xml' });
  return [{ ...record, attachmentUrl: pageUrl, ...parseAttachmentPage(html, pageUrl) }];
}
