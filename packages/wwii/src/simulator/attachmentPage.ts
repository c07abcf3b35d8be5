import { pickCyclic } from '@hx4/testkit';
import type { Gallery } from '../catalogue.js';
import { escapeHtml, htmlDocument } from './html.js';
import type { SimImage } from './simImage.js';
import type { SimSite } from './SimSite.js';
import { attachmentUrl, displaySize, galleryUrl, uploadUrl } from './siteUrls.js';

/**
 * An attachment page as Eazyest Gallery's image template writes it: the title, a header giving the upload
 * date (a year that is not the photo's) and a "Link to full-size image", the photo fitted to the page and
 * linking to the next photo's page (the plugin's default), and a caption block only when the photo has a
 * caption.
 */
export function attachmentPage(site: SimSite, endpoint: string, gallery: Gallery, image: SimImage): string {
  const images = site.images(gallery);
  // `number` counts from 1: the next photo is at index `number`, the previous at `number - 2`, round the gallery.
  const next = pickCyclic(images, image.number);
  const previous = pickCyclic(images, image.number - 2);
  const [width, height] = displaySize(image);
  const title = escapeHtml(image.title);
  const main = [
    '<nav id="nav-single"><h3 class="assistive-text">Image navigation</h3>',
    `<span class="nav-previous"><a href="${attachmentUrl(endpoint, gallery, previous)}">&larr; Previous</a></span>`,
    `<span class="nav-next"><a href="${attachmentUrl(endpoint, gallery, next)}">Next &rarr;</a></span></nav>`,
    `<article id="post-${image.number}" class="post-${image.number} attachment type-attachment status-inherit hentry">`,
    `<header class="entry-header"><h2 class="entry-title">${title}</h2>`,
    `<div class="entry-meta"><span class="meta-prep meta-prep-entry-date">Published </span> <span class="entry-date"><abbr class="published" title="${image.published}">${image.published}</abbr></span>`,
    ` at <a href="${uploadUrl(endpoint, gallery, image)}" title="Link to full-size image">${image.spec.width} &times; ${image.spec.height}</a>`,
    ` in <a href="${galleryUrl(endpoint, gallery, 1)}" title="Return to ${escapeHtml(gallery.title)}" rel="gallery">${escapeHtml(gallery.title)}</a></div>`,
    '</header>',
    '<div class="entry-content"><div class="entry-attachment"><div class="attachment">',
    `<a href="${attachmentUrl(endpoint, gallery, next)}" title="${title}" rel="attachment">`,
    `<img width="${width}" height="${height}" src="${uploadUrl(endpoint, gallery, image, [width, height])}" class="attachment-848x1024" alt="${title}" /></a>`,
    image.caption ? `<div class="entry-caption"><p>${escapeHtml(image.caption)}</p></div>` : '',
    '</div></div><div class="entry-description"></div></div>',
    '</article>',
  ]
    .filter((line) => line !== '')
    .join('\n');
  return htmlDocument(endpoint, image.title, main);
}
