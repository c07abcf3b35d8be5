import type { SimulatorArchive } from '@hx4/testkit';
import { MEDIA_ROUTES } from './mediaRoutes.js';
import { officialSearch } from './officialSearch.js';
import { proxySearch } from './proxySearch.js';
import { SearchCorpus } from './SearchCorpus.js';

export interface NationalArchiveSimulatorOptions {
  /** Hit counts for given queries (e.g. 12345 to page past 10,000); other queries get 0–40 by hash. */
  totals?: Record<string, number>;
  /** Everything in the corpus derives from it (default 1941). */
  seed?: number;
  /** Landscape size of the records' images; a quarter of them are portrait (default 1024×768). */
  imageSize?: [number, number];
  /** Keys the official API accepts in `x-api-key` (default `NARA_SIMULATOR_KEYS`). */
  apiKeys?: string[];
}

export const NARA_SIMULATOR_KEYS: readonly string[] = ['test-key', 'nara-demo-key'];

/**
 * The National Archives Catalog, mounted at `<simulator>/national-archive` (that is the adapter's
 * endpoint): the official search `/api/v2/records/search` (key in `x-api-key`, `searchAfter` deep
 * paging) and the keyless `/proxy/records/search` (abbreviated hits, 10,000-hit window).
 */
export function nationalArchiveSimulator(options: NationalArchiveSimulatorOptions = {}): SimulatorArchive {
  const seed = options.seed ?? 1941;
  const imageSize = options.imageSize ?? [1024, 768];
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  if (imageSize.length !== 2 || !imageSize.every((side) => Number.isInteger(side) && side > 0)) {
    throw new Error(`imageSize must be two positive integers, got ${JSON.stringify(imageSize)}`);
  }
  const totals = Object.fromEntries(Object.entries(options.totals ?? {}).map(([query, total]) => [query.toLowerCase(), total]));
  const corpus = new SearchCorpus({ seed, totals, imageSize });
  const apiKeys = options.apiKeys ?? NARA_SIMULATOR_KEYS;
  return {
    id: 'national-archive',
    apiPath: '',
    routes: [
      { path: '/api/v2/records/search', handle: (ctx) => officialSearch(ctx, corpus, apiKeys) },
      { path: '/proxy/records/search', handle: (ctx) => proxySearch(ctx, corpus) },
      ...MEDIA_ROUTES,
    ],
  };
}
