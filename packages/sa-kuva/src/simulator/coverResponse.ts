import type { SimContext, SimResponse } from '@hx4/testkit';
import type { FinnaCorpus } from './FinnaCorpus.js';

/** Finna's image sizes, as a share of the full image. */
const SIZES: Record<string, number> = { small: 0.25, medium: 0.5, large: 1, master: 1 };

/**
 * `GET /Cover/Show?source=Solr&id=…&index=0&size=…`: redirects to the generated image of the record's first
 * (only) image at the asked size (Finna's default is `small`). Unknown records, other indexes and sizes get 404.
 */
export function coverResponse(ctx: SimContext, corpus: FinnaCorpus): SimResponse {
  const record = corpus.byId(ctx.query.get('id') ?? '');
  const scale = SIZES[ctx.query.get('size') ?? 'small'];
  if (!record?.image || (ctx.query.get('index') ?? '0') !== '0' || scale === undefined) {
    return ctx.text(404, 'Not Found\n', 'text/plain');
  }
  const { image } = record;
  const side = (pixels: number) => Math.max(1, Math.round(pixels * scale));
  return { status: 302, headers: { location: ctx.imageUrl({ ...image, width: side(image.width), height: side(image.height) }) } };
}
