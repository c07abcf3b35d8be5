import type { SimulatorArchive } from '@hx4/testkit';
import { galleryByKey } from '../catalogue.js';
import { robotsTxt } from './robotsTxt.js';
import { SimSite } from './SimSite.js';
import { sitePage } from './sitePage.js';
import { uploadResponse } from './uploadResponse.js';

export interface WwiiSimulatorOptions {
  /** Everything on the site derives from it (default 1945). */
  seed?: number;
  /** Landscape size of the uploads; a quarter of them are portrait (default 1024×768). */
  imageSize?: [number, number];
  /** Photographs in given galleries (by key); the others get 4–40 by hash, one gallery in eight none. */
  sizes?: Record<string, number>;
  /** Thumbnails on one gallery page (default 40, Eazyest Gallery's default). */
  perPage?: number;
  /** Galleries (by key) served in a new theme's markup that the collector does not know. */
  changedMarkup?: string[];
  /** `Crawl-delay` of robots.txt in seconds (default 1; 0 leaves the line out). */
  crawlDelaySeconds?: number;
  /** Paths robots.txt forbids besides `/wp-admin/` (site paths such as `/gallery/usa/`). */
  disallow?: string[];
}

/**
 * worldwarphotos.info as the WWII collector sees it, mounted at `<simulator>/wwii`: every gallery of the
 * package's catalogue in the Eazyest Gallery markup the real site serves (paged by `thumbnails/<n>`, some
 * with a subfolder icon), the attachment page of each photograph, the uploads and their resized copies
 * (redirects to generated images), and `/robots.txt`. Captions name years inside and outside the war, or
 * none; attachment pages print their upload year too.
 */
export function wwiiSimulator(options: WwiiSimulatorOptions = {}): SimulatorArchive {
  const seed = options.seed ?? 1945;
  const imageSize = options.imageSize ?? [1024, 768];
  const perPage = options.perPage ?? 40;
  const crawlDelay = options.crawlDelaySeconds ?? 1;
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  if (!imageSize.every((side) => Number.isInteger(side) && side > 0)) {
    throw new Error(`imageSize must be two positive integers, got ${JSON.stringify(imageSize)}`);
  }
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a positive integer, got ${perPage}`);
  if (!(crawlDelay >= 0)) throw new Error(`crawlDelaySeconds must be 0 or more, got ${crawlDelay}`);
  for (const [key, size] of Object.entries(options.sizes ?? {})) {
    if (!galleryByKey(key)) throw new Error(`sizes: "${key}" is not a gallery of the catalogue`);
    if (!Number.isSafeInteger(size) || size < 0 || size > 999) throw new Error(`sizes: "${key}" must be 0 to 999 photos, got ${size}`);
  }
  for (const key of options.changedMarkup ?? []) {
    if (!galleryByKey(key)) throw new Error(`changedMarkup: "${key}" is not a gallery of the catalogue`);
  }
  const site = new SimSite({ seed, imageSize, perPage, sizes: options.sizes ?? {}, changedMarkup: new Set(options.changedMarkup) });
  const disallow = options.disallow ?? [];
  for (const path of disallow) if (!path.startsWith('/')) throw new Error(`disallow: "${path}" must be a path starting with /`);
  return {
    id: 'wwii',
    apiPath: '',
    routes: [
      {
        path: '/robots.txt',
        handle: (ctx) => ctx.text(200, robotsTxt(new URL(ctx.endpoint).pathname, crawlDelay, disallow), 'text/plain; charset=utf-8'),
      },
      { path: /^\/gallery\/.+$/, handle: (ctx) => sitePage(ctx, site) },
      { path: /^\/wp-content\/gallery\/.+\.jpg$/, handle: (ctx) => uploadResponse(ctx, site) },
    ],
  };
}
