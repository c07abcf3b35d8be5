import type { Gallery } from '../catalogue.js';
import { escapeHtml, htmlDocument } from './html.js';
import type { SimImage } from './simImage.js';
import { galleryUrl, mediumSize, uploadUrl } from './siteUrls.js';

/**
 * A WordPress attachment page: the image's title, a medium copy linking to the full-size upload, and the
 * caption block (left out on the few broken pages).
 */
export function attachmentPage(endpoint: string, gallery: Gallery, image: SimImage): string {
  const [width, height] = mediumSize(image);
  const caption = image.brokenPage ? '' : `<div class="entry-caption">${image.caption ? `<p>${escapeHtml(image.caption)}</p>` : ''}</div>`;
  const main = [
    '<main id="main" class="site-main">',
    '<article class="attachment type-attachment status-inherit hentry">',
    `<header class="entry-header"><h2 class="entry-title">${escapeHtml(image.title)}</h2></header>`,
    '<div class="entry-content">',
    '<div class="entry-attachment">',
    `<a href="${uploadUrl(endpoint, gallery, image)}" title="${escapeHtml(image.title)}" rel="attachment">`,
    `<img width="${width}" height="${height}" src="${uploadUrl(endpoint, gallery, image, [width, height])}"`,
    ` class="attachment-medium size-medium" alt="${escapeHtml(image.title)}"></a>`,
    '</div>',
    caption,
    '</div>',
    `<footer class="entry-meta">Published in <a href="${galleryUrl(endpoint, gallery, 1)}">${escapeHtml(gallery.title)}</a></footer>`,
    '</article>',
    '</main>',
  ]
    .filter((line) => line !== '')
    .join('\n');
  return htmlDocument(image.title, main);
}
