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
  const [, pagedPath, pageNumber] = /^(.+)\/thumbnails\/(\d+)$/.exec(path) ?? [];
  const pagedGallery = pagedPath === undefined ? undefined : site.gallery(pagedPath);
  if (pagedGallery && pageNumber !== undefined) {
    const page = Number(pageNumber);
    if (page < 1 || page > site.pages(pagedGallery)) return;
    return ctx.text(200, galleryPage(site, ctx.endpoint, pagedGallery, page), HTML);
  }
  // Folders and attachment pages are addressed with their trailing slash.
  if (!ctx.path.endsWith('/')) return;
  const gallery = site.gallery(path);
  if (gallery) return ctx.text(200, galleryPage(site, ctx.endpoint, gallery, 1), HTML);

  const [, parentPath, slug] = /^(.+)\/([a-z0-9-]+)$/.exec(path) ?? [];
  const parent = parentPath === undefined ? undefined : site.gallery(parentPath);
  const image = parent && slug !== undefined ? site.find(parent, slug) : undefined;
  if (parent && image) return ctx.text(200, attachmentPage(site, ctx.endpoint, parent, image), HTML);
}
