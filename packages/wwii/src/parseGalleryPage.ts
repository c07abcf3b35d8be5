import { ArchiveResponseError, type Cursor, type Page } from '@hx4/core';
import { load, type CheerioAPI } from 'cheerio';
import { cleanText } from './text.js';
import type { WwiiRecord } from './WwiiRecord.js';

/** The alt text WordPress gives a gallery's folder thumbnail: no description of the picture. */
const MEANINGLESS_ALT = 'folder icon';
const NEXT_PAGE_LINKS = 'a.next.page-numbers, .nav-links a.next, a[rel="next"], link[rel="next"]';

/**
 * Reads one page of a WordPress gallery: one record per `img.attachment-thumbnail` in the article's
 * `.entry-content`. A page without the article's heading and content, or whose gallery images lost
 * their thumbnail class, means the site's markup changed (or an error page came with status 200):
 * worth asking again, then the gallery fails with that message rather than yielding nothing.
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
  const captions = galleryCaptions($);
  const records = thumbnails.map((img): WwiiRecord => {
    const thumbnail = $(img);
    const alt = cleanText(thumbnail.attr('alt'));
    return {
      gallery: query,
      attachmentUrl: cleanText(thumbnail.closest('a').attr('href')),
      thumbnailUrl: thumbnailSource((name) => thumbnail.attr(name)),
      alt: alt !== null && alt.toLowerCase() !== MEANINGLESS_ALT ? alt : null,
      galleryCaption: captions.get(thumbnail.attr('aria-describedby') ?? '') ?? null,
    };
  });
  const hasNext = records.length > 0 && $(NEXT_PAGE_LINKS).length > 0;
  return { records, next: hasNext ? page + 1 : null };
}

/** Caption elements (`dd`, `figcaption` or `p` depending on the theme) by id, for `aria-describedby`. */
function galleryCaptions($: CheerioAPI): Map<string, string> {
  const captions = new Map<string, string>();
  $('.gallery-caption[id]').each((_, element) => {
    const text = cleanText($(element).text());
    if (text !== null) captions.set($(element).attr('id')!, text);
  });
  return captions;
}

/** Lazy-loading themes put the real URL in `data-src` and a placeholder in `src`. */
function thumbnailSource(attribute: (name: string) => string | undefined): string | null {
  const srcset = attribute('srcset')?.trim().split(/\s+/u)[0];
  const candidates = [attribute('data-src'), attribute('data-lazy-src'), attribute('src'), srcset];
  return candidates.map(cleanText).find((url) => url !== null && !url.startsWith('data:')) ?? null;
}
