import type { Gallery } from '../catalogue.js';
import { escapeHtml, htmlDocument } from './html.js';
import type { SimImage } from './simImage.js';
import type { SimSite } from './SimSite.js';
import { attachmentUrl, galleryUrl, THUMBNAIL_SIZE, uploadUrl } from './siteUrls.js';

/** The placeholder lazy-loading themes put in `src` until the real thumbnail (`data-src`) is loaded. */
const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** One page of a gallery in the site's classic theme: a WordPress `[gallery]` of thumbnails, then page links. */
export function galleryPage(site: SimSite, endpoint: string, gallery: Gallery, page: number): string {
  if (site.options.changedMarkup.has(gallery.key)) return blockThemePage(site, endpoint, gallery, page);
  const pages = site.pages(gallery);
  const images = site.page(gallery, page);
  const items = images.map((image) => galleryItem(endpoint, gallery, image));
  const content = images.length
    ? [`<div id="gallery-1" class="gallery galleryid-${gallery.key.length} gallery-columns-4 gallery-size-thumbnail">`, ...items, '</div>']
    : ['<p>No photos in this gallery yet.</p>'];
  const main = [
    '<main id="main" class="site-main">',
    '<article class="page type-page status-publish hentry">',
    `<header class="entry-header"><h2 class="entry-title">${escapeHtml(gallery.title)}</h2></header>`,
    `<div class="entry-caption"><p>${escapeHtml(`${gallery.title} photos, ${gallery.country}, World War II.`)}</p></div>`,
    '<div class="entry-content">',
    ...content,
    pagination(endpoint, gallery, page, pages),
    '</div>',
    '</article>',
    '</main>',
  ].join('\n');
  const next = page < pages ? `<link rel="next" href="${galleryUrl(endpoint, gallery, page + 1)}">` : '';
  return htmlDocument(gallery.title, main, next);
}

function galleryItem(endpoint: string, gallery: Gallery, image: SimImage): string {
  const captionId = `gallery-1-${image.number}`;
  const caption = image.caption ? `<dd class="wp-caption-text gallery-caption" id="${captionId}">${escapeHtml(image.caption)}</dd>` : '';
  const thumbnail = uploadUrl(endpoint, gallery, image, [THUMBNAIL_SIZE, THUMBNAIL_SIZE]);
  return [
    '<dl class="gallery-item">',
    `<dt class="gallery-icon ${image.spec.width >= image.spec.height ? 'landscape' : 'portrait'}">`,
    `<a href="${attachmentUrl(endpoint, gallery, image)}"><img width="${THUMBNAIL_SIZE}" height="${THUMBNAIL_SIZE}" src="${PLACEHOLDER}"`,
    ` data-src="${thumbnail}" class="attachment-thumbnail size-thumbnail lazyload" alt="${escapeHtml(image.title)}"`,
    `${caption ? ` aria-describedby="${captionId}"` : ''}></a>`,
    '</dt>',
    caption,
    '</dl>',
  ].join('');
}

function pagination(endpoint: string, gallery: Gallery, page: number, pages: number): string {
  if (pages === 1) return '';
  const link = (target: number, text: string, classes: string) =>
    `<a class="${classes}" href="${galleryUrl(endpoint, gallery, target)}">${text}</a>`;
  const numbers = Array.from({ length: pages }, (_, index) =>
    index + 1 === page
      ? `<span aria-current="page" class="page-numbers current">${page}</span>`
      : link(index + 1, String(index + 1), 'page-numbers'),
  );
  return [
    '<nav class="navigation pagination" aria-label="Posts"><div class="nav-links">',
    page > 1 ? link(page - 1, '&laquo; Previous', 'prev page-numbers') : '',
    ...numbers,
    page < pages ? link(page + 1, 'Next &raquo;', 'next page-numbers') : '',
    '</div></nav>',
  ].join('');
}

/** The same gallery after a theme change: block markup without the classic classes the collector reads. */
function blockThemePage(site: SimSite, endpoint: string, gallery: Gallery, page: number): string {
  const figures = site.page(gallery, page).map(
    (image) =>
      `<figure class="wp-block-image"><a href="${attachmentUrl(endpoint, gallery, image)}">` +
      `<img src="${uploadUrl(endpoint, gallery, image, [THUMBNAIL_SIZE, THUMBNAIL_SIZE])}" alt="${escapeHtml(image.title)}"></a>` +
      `<figcaption>${escapeHtml(image.caption)}</figcaption></figure>`,
  );
  const main = [
    '<main class="wp-block-group">',
    `<h1 class="wp-block-post-title">${escapeHtml(gallery.title)}</h1>`,
    '<div class="wp-block-post-content">',
    `<figure class="wp-block-gallery has-nested-images columns-4">${figures.join('')}</figure>`,
    '</div>',
    '</main>',
  ].join('\n');
  return htmlDocument(gallery.title, main);
}
