import type { Gallery } from '../catalogue.js';
import { escapeHtml, htmlDocument } from './html.js';
import type { SimImage } from './simImage.js';
import type { SimSite, ThumbnailMarkup } from './SimSite.js';
import { attachmentUrl, galleryUrl, THUMBNAIL_SIZE, uploadUrl } from './siteUrls.js';

/** The placeholder lazy-loading themes put in `src` until the real thumbnail (`data-src`) is loaded. */
const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
/** Eazyest Gallery's icon for a folder without photos of its own. */
const FOLDER_ICON = '/wp-content/plugins/eazyest-gallery/frontend/images/folder-icon.png';
const COLUMNS = 4;

/**
 * One page of an Eazyest Gallery folder in the site's theme: its subfolders as folder icons (the markup of
 * the saved home page), then a WordPress `[gallery]` of thumbnails, then Eazyest's thumbnail navigation.
 */
export function galleryPage(site: SimSite, endpoint: string, gallery: Gallery, page: number): string {
  if (site.options.changedMarkup.has(gallery.key)) return blockThemePage(site, endpoint, gallery, page);
  const images = site.page(gallery, page);
  const subfolders = page === 1 ? site.subfolders(gallery) : [];
  const markup = site.markup(gallery);
  const thumbnails = inRows(images.map((image) => galleryItem(endpoint, gallery, image, markup)));
  const postId = 1000 + gallery.key.length;
  const content = [
    subfolders.length ? folderList(site, endpoint, subfolders) : '',
    images.length
      ? `<div id='gallery-1' class='gallery galleryid-${postId} gallery-columns-${COLUMNS} gallery-size-thumbnail'>${thumbnails}<br style='clear: both;' /></div>`
      : '<p>No photos in this folder yet.</p>',
    thumbnailNavigation(endpoint, gallery, page, site.pages(gallery), postId, site.options.perPage),
  ];
  const main = [
    `<article id="post-${postId}" class="post-${postId} galleryfolder type-galleryfolder status-publish hentry">`,
    `<header class="entry-header"><h2 class="entry-title">${escapeHtml(gallery.title)}</h2></header>`,
    `<div class="entry-caption"><p>${escapeHtml(`${gallery.title} photos, ${gallery.country}, World War II.`)}</p></div>`,
    `<div class="entry-content">${content.join('')}</div>`,
    '</article>',
  ].join('\n');
  return htmlDocument(endpoint, gallery.title, main);
}

/**
 * A thumbnail as WordPress's `[gallery]` writes it (caption tied by `id`/`aria-describedby`), as Eazyest's
 * own gallery code writes it (caption without `id`), or lazily loaded (`data-src`, a placeholder in `src`).
 */
function galleryItem(endpoint: string, gallery: Gallery, image: SimImage, markup: ThumbnailMarkup): string {
  const captionId = `gallery-1-${image.number}`;
  const tied = markup !== 'eazyest' && image.caption !== '';
  const caption = image.caption
    ? `<dd class='wp-caption-text gallery-caption'${tied ? ` id='${captionId}'` : ''}>${escapeHtml(image.caption)}</dd>`
    : '';
  const thumbnail = uploadUrl(endpoint, gallery, image, [THUMBNAIL_SIZE, THUMBNAIL_SIZE]);
  const source = markup === 'lazy' ? `src="${PLACEHOLDER}" data-src="${thumbnail}"` : `src="${thumbnail}"`;
  const classes = markup === 'lazy' ? 'attachment-thumbnail size-thumbnail lazyload' : 'attachment-thumbnail size-thumbnail';
  const orientation = image.spec.width >= image.spec.height ? 'landscape' : 'portrait';
  return [
    "<dl class='gallery-item'>",
    `<dt class='gallery-icon ${orientation}'>`,
    `<a href='${attachmentUrl(endpoint, gallery, image)}'><img width="${THUMBNAIL_SIZE}" height="${THUMBNAIL_SIZE}" ${source}`,
    ` class="${classes}" alt="${escapeHtml(image.title)}"${tied ? ` aria-describedby="${captionId}"` : ''} /></a>`,
    '</dt>',
    caption,
    '</dl>',
  ].join('');
}

/** Eazyest's subfolder listing, as on the saved home page: a folder icon (alt "Folder Icon") linking to each. */
function folderList(site: SimSite, endpoint: string, subfolders: readonly Gallery[]): string {
  const items = subfolders.map((subfolder) => {
    const [first] = site.images(subfolder);
    const icon = first ? uploadUrl(endpoint, subfolder, first, [THUMBNAIL_SIZE, THUMBNAIL_SIZE]) : `${endpoint}${FOLDER_ICON}`;
    const title = escapeHtml(subfolder.title);
    return [
      "<dl class='gallery-item folder-item'><dt class='gallery-icon folder-icon'> ",
      `<a href="${galleryUrl(endpoint, subfolder, 1)}" title="View folder &#8220;${title}&#8221;" rel="bookmark">`,
      `<img src="${icon}" class="attachment-thumbnail" alt="Folder Icon" /></a></dt>`,
      `<dd class="wp-caption-text gallery-caption folder-caption"> <span class='folder-title'>${title}</span> <br /> `,
      `<span class="subfolder-count">${site.images(subfolder).length}   photos</span></dd></dl>`,
    ].join('');
  });
  return [
    "<div id='eazyest-gallery-1' class='eazyest-gallery gallery gallery-0 gallery-columns-4 folders gallery-size-thumbnail'>",
    inRows(items),
    " <br style='clear: both;' /></div>",
  ].join('');
}

/** Gallery items in rows of `COLUMNS`, each full row closed by a clearing break, as both galleries write them. */
function inRows(items: readonly string[]): string {
  return items.map((item, index) => (index % COLUMNS === COLUMNS - 1 ? `${item}<br style="clear: both" />` : item)).join('');
}

/**
 * Eazyest's navigation between thumbnail pages, when there is more than one: the folder's address plus
 * `thumbnails/<n>`, even for the first page.
 */
function thumbnailNavigation(endpoint: string, gallery: Gallery, page: number, pages: number, postId: number, perPage: number): string {
  if (pages === 1) return '';
  const pageUrl = (target: number) => `${galleryUrl(endpoint, gallery, 1)}thumbnails/${target}`;
  const previous =
    page > 1
      ? `<div class='nav-previous alignleft'><a href='${pageUrl(page - 1)}'><span class='meta-nav'>&larr;</span> Previous thumbnails</a></div>`
      : '';
  const next =
    page < pages
      ? `<div class='nav-next alignright'><a id='next-thumbnail-${page + 1}' class='attr-${COLUMNS}-${perPage}' href='${pageUrl(page + 1)}'>Next thumbnails <span class='meta-nav'>&rarr;</span></a></div>`
      : '';
  return `<nav id='thumbnail-nav-${postId}' class='navigation thumbnail-navigation' role='navigation'><h3 class='assistive-text'>Thumbnail navigation</h3>${previous}${next}</nav>`;
}

/** The same gallery after a theme change: block markup without the classic classes the collector reads. */
function blockThemePage(site: SimSite, endpoint: string, gallery: Gallery, page: number): string {
  const figures = site
    .page(gallery, page)
    .map(
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
  return htmlDocument(endpoint, gallery.title, main);
}
