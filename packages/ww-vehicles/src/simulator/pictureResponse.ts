import { hash32, unitHash, type ImageKind, type SimContext, type SimResponse } from '@hx4/testkit';

/** Share of photographs whose file is gone (the redirect ends in a 404), as on any old site. */
const MISSING_SHARE = 0.03;
const FURNITURE_SIZE = [60, 40] as const;

/**
 * Any picture path of the site redirects to a generated image, the same for the same path: site furniture
 * (under `/img/` but not `/img/photos/`) small, photographs at `imageSize` (a quarter portrait), PNGs with
 * transparency, a few photographs missing.
 */
export function pictureResponse(ctx: SimContext, seed: number, imageSize: readonly [number, number]): SimResponse {
  const path = ctx.path;
  const furniture = path.startsWith('/img/') && !path.startsWith('/img/photos/');
  const [landscapeWidth, landscapeHeight] = furniture ? FURNITURE_SIZE : imageSize;
  const portrait = !furniture && unitHash(seed, 'portrait', path) < 0.25;
  const png = /\.png$/iu.test(path);
  const kind: ImageKind = !furniture && unitHash(seed, 'missing', path) < MISSING_SHARE ? 'missing' : png ? 'png-alpha' : 'jpeg';
  const location = ctx.imageUrl({
    seed: hash32(seed, 'picture', path),
    width: portrait ? landscapeHeight : landscapeWidth,
    height: portrait ? landscapeWidth : landscapeHeight,
    kind,
    extension: png ? 'png' : 'jpg',
  });
  return { status: 302, headers: { location } };
}
