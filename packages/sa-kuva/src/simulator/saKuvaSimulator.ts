import type { SimulatorArchive } from '@hx4/testkit';
import { FINNA_RESULT_WINDOW } from '../saKuvaAdapter.js';
import { FinnaCorpus } from './FinnaCorpus.js';
import { coverResponse } from './coverResponse.js';
import { searchResponse } from './searchResponse.js';

export interface SaKuvaSimulatorOptions {
  /** Hits for given queries before any filter (e.g. 2500 to make the adapter slice); others get 0–40 by hash. */
  totals?: Record<string, number>;
  /** Everything in the corpus derives from it (default 1939). */
  seed?: number;
  /** Landscape size of the `large` images; a quarter of them are portrait (default 1024×768). */
  imageSize?: [number, number];
  /** Results one search may be paged through; paging further is refused (default: the adapter's `FINNA_RESULT_WINDOW`). */
  resultWindow?: number;
}

/**
 * The Finna API v1 with SA-kuva's photographs, mounted at `<simulator>/sa-kuva`: `/v1/search` (also
 * `/api/v1/search`) and the `/Cover/Show` images the records point at.
 */
export function saKuvaSimulator(options: SaKuvaSimulatorOptions = {}): SimulatorArchive {
  const seed = options.seed ?? 1939;
  const imageSize = options.imageSize ?? [1024, 768];
  const resultWindow = options.resultWindow ?? FINNA_RESULT_WINDOW;
  if (!imageSize.every((side) => Number.isInteger(side) && side > 0)) {
    throw new Error(`imageSize must be two positive integers, got ${JSON.stringify(imageSize)}`);
  }
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  if (!Number.isSafeInteger(resultWindow) || resultWindow < 1) {
    throw new Error(`resultWindow must be a positive integer, got ${resultWindow}`);
  }
  const corpus = new FinnaCorpus({ seed, totals: options.totals ?? {}, imageSize });
  return {
    id: 'sa-kuva',
    apiPath: '/v1',
    routes: [
      { path: /^(?:\/api)?\/v1\/search$/, handle: (ctx) => searchResponse(ctx, corpus, resultWindow) },
      { path: '/Cover/Show', handle: (ctx) => coverResponse(ctx, corpus) },
    ],
  };
}
