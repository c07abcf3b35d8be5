import { nonBlankText } from '@hx4/core';
import { load } from 'cheerio';

export interface AttachmentPage {
  title: string | null;
  caption: string | null;
  /** The link to the full-size file, absolute; null when the page has none. */
  imageUrl: string | null;
}

export const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp)$/iu;

/**
 * Reads an attachment page. Its heading must be there: a page without it is not the page HX4 expects, and
 * the thrown message is the reason its record is dropped, so it names what is missing and nothing that
 * varies per page. Eazyest Gallery prints the `.entry-caption` block only for an attachment that has a
 * caption, so a page without one is a photo without a caption. The full-size file is linked from the image
 * (when the site links images to their file) or from the header's "Link to full-size image"; the image
 * itself usually links to the next attachment page, which is not an image file and so not taken.
 */
export function parseAttachmentPage(html: string, pageUrl: string): AttachmentPage {
  const $ = load(html);
  const heading = $('.entry-title').first();
  if (heading.length === 0) throw new Error('attachment page has no .entry-title');
  const links = [
    ...$('.entry-attachment a[href], .entry-meta a[href]')
      .map((_, link) => $(link).attr('href'))
      .toArray(),
    ...$('img.attachment-full')
      .map((_, img) => $(img).attr('data-src') ?? $(img).attr('src'))
      .toArray(),
  ];
  return {
    title: nonBlankText(heading.text()),
    caption: nonBlankText($('.entry-caption').first().text()),
    imageUrl: links.map((link) => absoluteUrl(link, pageUrl)).find((url) => url !== null && isImageFile(url)) ?? null,
  };
}

/** `link` resolved against `base` when it is an http(s) URL; null otherwise. */
export function absoluteUrl(link: string | null | undefined, base: string): string | null {
  const text = nonBlankText(link);
  if (text === null) return null;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function isImageFile(url: string): boolean {
  return IMAGE_FILE.test(new URL(url).pathname);
}
