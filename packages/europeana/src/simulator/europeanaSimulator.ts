import type { SimulatorArchive } from '@hx4/testkit';
import { IMAGE_SERVER_ROUTES } from './imageServers.js';
import { SearchCorpus } from './SearchCorpus.js';
import { searchResponse } from './searchResponse.js';

export interface EuropeanaSimulatorOptions {
  /** `totalResults` for given queries (e.g. 1234 to page past 1000); other queries get 0–40 by hash. */
  totals?: Record<string, number>;
  /** Everything in the corpus derives from it (default 1914). */
  seed?: number;
  /** Landscape size of the records' images; a quarter of them are portrait (default 1024×768). */
  imageSize?: [number, number];
  /** Keys accepted in `X-Api-Key` or `wskey` (default `api2demo` and `test-key`). */
  apiKeys?: string[];
}

export const EUROPEANA_SIMULATOR_KEYS: readonly string[] = ['api2demo', 'test-key'];

/**
 * The Europeana Search API (`/record/v2/search.json`), mounted at `<simulator>/europeana`, with the
 * providers' image servers its items point at: plain files, script URLs (`imagen_id.cmd?idImagen=…`)
 * and a sub-provider's IIIF Image API.
 */
export function europeanaSimulator(options: EuropeanaSimulatorOptions = {}): SimulatorArchive {
  const seed = options.seed ?? 1914;
  const imageSize = options.imageSize ?? [1024, 768];
  if (!imageSize.every((side) => Number.isInteger(side) && side > 0)) {
    throw new Error(`imageSize must be two positive integers, got ${JSON.stringify(imageSize)}`);
  }
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  const corpus = new SearchCorpus({ seed, totals: options.totals ?? {}, imageSize });
  const settings = { seed, apiKeys: options.apiKeys ?? EUROPEANA_SIMULATOR_KEYS };
  return {
    id: 'europeana',
    apiPath: '/record/v2',
    routes: [
      { path: '/record/v2/search.json', handle: (ctx) => searchResponse(ctx, corpus, settings) },
      ...IMAGE_SERVER_ROUTES,
      // Some records point at a PDF instead of an image, as real ones do.
      { path: /^\/media\/.+\.pdf$/, handle: (ctx) => ctx.text(200, '%PDF-1.4\n%\u00e2\u00e3\n%%EOF\n', 'application/pdf') },
    ],
  };
}
