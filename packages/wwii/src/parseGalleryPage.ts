import { ArchiveResponseError, nonBlankText, type Cursor, type Page } from '@hx4/core';
import { load, type CheerioAPI } from 'cheerio';
import type { WwiiRecord } from './WwiiRecord.js';

/** The alt text Eazyest Gallery gives a subfolder's icon: no description of the picture. */
const FOLDER_ICON_ALT = 'folder icon';
/** Eazyest Gallery's link to the next page of thumbnails (`…/thumbnails/<n>`), in `nav.thumbnail-navigation`. */
const NEXT_THUMBNAILS = 'nav.thumbnail-navigation .nav-next a[href]';

/**
 * Reads one page of an Eazyest Gallery folder: one record per photo thumbnail (`img.attachment-thumbnail`)
 * in the article's `.entry-content`. Subfolder icons are thumbnails too, but they link to another folder,
 * not to a photo, so they are left out. A page without the article's heading and content, or whose gallery
 * images lost their thumbnail class, means the site's markup changed (or an error page came with status
 * 200): worth asking again, then the gallery fails with that message rather than yielding nothing.
 */
export function parseGalleryPage(body: unknown, query: string, cursor: Cursor | null): Page<WwiiRecord> {
  const page = typeof cursor === 'number' ? cursor : 1;
  const where = `gallery "${query}" page ${page}`;
  if (typeof body !== 'string') throw new ArchiveResponseError(`${where}: expected an HTML page, got ${typeof body}`);
  const $ = load(body);
  const content = $('.entry-content').first();
  if ($('h2.entry-title').length === 0 || content.length === 0) {
    throw new ArchiveResponseError(`${where} has no h2.entry-title or .entry-content: the site's markup changed`, true);
  }
  const thumbnails = content.find('img.attachment-thumbnail').toArray();
  if (thumbnails.length === 0 && content.find('.gallery img, .gallery-item img').length > 0) {
    throw new ArchiveResponseError(`${where} has gallery images without the attachment-thumbnail class: the site's markup changed`, true);
  }
  const captions = describedCaptions($);
  const records = thumbnails.flatMap((img): WwiiRecord[] => {
    const thumbnail = $(img);
    const alt = nonBlankText(thumbnail.attr('alt'));
    // A subfolder's icon links to another folder, not to a photo.
    const folderIcon = thumbnail.closest('.folder-item, .folder-icon').length > 0 || thumbnail.hasClass('folder-icon');
    if (folderIcon || alt?.toLowerCase() === FOLDER_ICON_ALT) return [];
    // Eazyest Gallery's own captions carry no id: then the caption in the thumbnail's own `.gallery-item`.
    const ownCaption = nonBlankText(thumbnail.closest('.gallery-item').find('.gallery-caption').first().text());
    return [
      {
        gallery: query,
        attachmentUrl: nonBlankText(thumbnail.closest('a').attr('href')),
        thumbnailUrl: thumbnailSource((name) => thumbnail.attr(name)),
        alt,
        galleryCaption: captions.get(thumbnail.attr('aria-describedby') ?? '') ?? ownCaption,
      },
    ];
  });
  const hasNext = records.length > 0 && $(NEXT_THUMBNAILS).length > 0;
  return { records, next: hasNext ? page + 1 : null };
}

/** Captions WordPress's `[gallery]` ties to their thumbnail: an `id` the thumbnail's `aria-describedby` names. */
function describedCaptions($: CheerioAPI): Map<string, string> {
  const captions = new Map<string, string>();
  $('.gallery-caption[id]').each((_, element) => {
    const text = nonBlankText($(element).text());
    if (text !== null) captions.set($(element).attr('id')!, text);
  });
  return captions;
}

/** Lazy-loading themes put the real URL in `data-src` and a placeholder in `src`. */
function thumbnailSource(attribute: (name: string) => string | undefined): string | null {
  const srcset = attribute('srcset')?.trim().split(/\s+/u)[0];
  const candidates = [attribute('data-src'), attribute('data-lazy-src'), attribute('src'), srcset];
  return candidates.map(nonBlankText).find((url) => url !== null && !url.startsWith('data:')) ?? null;
}
