import type { SimContext, SimResponse } from '@hx4/testkit';
import { attachmentPage } from './attachmentPage.js';
import { galleryPage } from './galleryPage.js';
import type { SimSite } from './SimSite.js';

const HTML = 'text/html; charset=UTF-8';

/**
 * Everything below `/gallery/`: a gallery's pages (`…/`, then Eazyest Gallery's `…/thumbnails/<n>`) and
 * its attachment pages (`…/<slug>/`). Pages past the last and unknown paths are left to the 404.
 */
export function sitePage(ctx: SimContext, site: SimSite): SimResponse | undefined {
  const path = /^\/gallery\/(.+?)\/?$/.exec(ctx.path)?.[1];
  if (path === undefined) return;
  const paged = /^(.+)\/thumbnails\/(\d+)$/.exec(path);
  const pagedGallery = paged ? site.gallery(paged[1]) : undefined;
  if (paged && pagedGallery) {
    const page = Number(paged[2]);
    if (page < 1 || page > site.pages(pagedGallery)) return;
    return ctx.text(200, galleryPage(site, ctx.endpoint, pagedGallery, page), HTML);
  }
  // Folders and attachment pages are addressed with their trailing slash.
  if (!ctx.path.endsWith('/')) return;
  const gallery = site.gallery(path);
  if (gallery) return ctx.text(200, galleryPage(site, ctx.endpoint, gallery, 1), HTML);

  const attachment = /^(.+)\/([a-z0-9-]+)$/.exec(path);
  const parent = attachment ? site.gallery(attachment[1]) : undefined;
  const image = parent && site.find(parent, attachment![2]);
  if (parent && image) return ctx.text(200, attachmentPage(site, ctx.endpoint, parent, image), HTML);
}
