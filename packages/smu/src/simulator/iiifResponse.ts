import type { ImageSpec, SimContext, SimResponse } from '@hx4/testkit';
import type { SmuCorpus } from './SmuCorpus.js';

/** Cantaloupe's plain-text refusal of a file it cannot render (recorded for an mp3 on ADAH's site). */
const UNSUPPORTED_SOURCE = '501 Not Implemented\n\nUnsupported source format\n\n\n';

/**
 * `/iiif/2/{alias}:{pointer}/info.json` and `/iiif/2/{alias}:{pointer}/full/{size}/0/default.jpg`: the
 * image of a single item (a PDF's first page too) or of a compound object's page, redirected to the
 * generated image at the size asked for (never larger than the original). A file Cantaloupe cannot render
 * (a film, a compound object's `.cpd`) answers 501 "Unsupported source format", as recorded for audio;
 * unknown pointers 404.
 */
export function iiifResponse(ctx: SimContext, corpus: SmuCorpus): SimResponse {
  const [, alias, pointer, request] = ctx.match ?? [];
  if (alias === undefined || pointer === undefined || request === undefined) return ctx.text(404, 'Not Found\n', 'text/plain');
  const target = corpus.byPointer(alias, Number(pointer));
  if (!target) return ctx.text(404, 'Not Found\n', 'text/plain');
  const image = target.page ? target.page.image : target.item.image;
  if (!image) return ctx.text(501, UNSUPPORTED_SOURCE, 'text/plain');
  if (request === 'info.json') return ctx.json(200, info(`${ctx.url.origin}${ctx.url.pathname.replace(/\/info\.json$/u, '')}`, image));
  const [region, size, rotation, file] = request.split('/');
  const scaled = size === undefined ? null : scaledSize(size, image);
  if (region !== 'full' || rotation !== '0' || !/^(?:default|color|gray)\.jpg$/u.test(file ?? '') || scaled === null) {
    return ctx.text(400, `Unsupported IIIF request: ${request}\n`, 'text/plain');
  }
  return { status: 302, headers: { location: ctx.imageUrl({ ...image, ...scaled }) } };
}

function info(id: string, { width, height }: ImageSpec): Record<string, unknown> {
  return {
    '@context': 'http://iiif.io/api/image/2/context.json',
    '@id': id,
    protocol: 'http://iiif.io/api/image',
    width,
    height,
    sizes: [1, 2, 4].map((factor) => ({ width: Math.ceil(width / factor), height: Math.ceil(height / factor) })).reverse(),
    profile: ['http://iiif.io/api/image/2/level2.json', { maxArea: width * height }],
  };
}

/** IIIF 2 sizes: `max`, `full`, `w,`, `,h`, `pct:n`, `w,h`, `!w,h`; nothing is scaled up. */
function scaledSize(size: string, { width, height }: ImageSpec): { width: number; height: number } | null {
  const scale = (factor: number) => {
    const capped = Math.min(1, factor);
    return { width: Math.max(1, Math.round(width * capped)), height: Math.max(1, Math.round(height * capped)) };
  };
  if (size === 'max' || size === 'full') return { width, height };
  const percent = /^pct:(\d+(?:\.\d+)?)$/u.exec(size);
  if (percent) return scale(Number(percent[1]) / 100);
  const [, best, w, h] = /^(!?)(\d*),(\d*)$/u.exec(size) ?? [];
  if (w === undefined || (w === '' && h === '')) return null;
  if (w === '') return scale(Number(h) / height);
  if (h === '') return scale(Number(w) / width);
  if (best) return scale(Math.min(Number(w) / width, Number(h) / height));
  return { width: Math.min(width, Number(w)), height: Math.min(height, Number(h)) };
}
