import type { SimContext, SimResponse } from '@hx4/testkit';
import type { SimSite } from './SimSite.js';

const MAX_SIDE = 4000;

/**
 * `GET /wp-content/gallery/<folder>/<Name>.jpg` (the upload) or `…/_cache/<Name>-<W>x<H>.jpg` (a resized
 * copy): a redirect to the generated image at that size. Unknown files get 404.
 */
export function uploadResponse(ctx: SimContext, site: SimSite): SimResponse | undefined {
  const [, folder, cache, name, width, height] =
    /^(\/wp-content\/gallery\/.+?\/)(_cache\/)?([A-Za-z0-9_]+?)(?:-(\d+)x(\d+))?\.jpg$/.exec(ctx.path) ?? [];
  if (folder === undefined || name === undefined) return;
  const gallery = site.galleryOfUploadFolder(folder);
  const image = gallery && site.find(gallery, name);
  if (!image || Boolean(cache) !== (width !== undefined)) return;
  const size = width === undefined || height === undefined ? image.spec : { width: Number(width), height: Number(height) };
  if (![size.width, size.height].every((side) => side >= 1 && side <= MAX_SIDE)) return;
  return { status: 302, headers: { location: ctx.imageUrl({ ...image.spec, width: size.width, height: size.height }) } };
}
