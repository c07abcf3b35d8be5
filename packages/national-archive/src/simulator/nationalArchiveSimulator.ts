import type { SimContext, SimRoute, SimulatorArchive } from '@hx4/testkit';
import { MEDIA_ROUTES } from './mediaRoutes.js';
import { fullSearch, officialSearch } from './officialSearch.js';
import { proxySearch } from './proxySearch.js';
import { SearchCorpus } from './SearchCorpus.js';
import { webAppPage } from './webAppPage.js';

/**
 * Which of the Catalog's three searches serve, named after the best one that does (public notes of
 * live use disagree; see the README):
 * - `api-v2`: the official API v2 serves JSON with a key (401 without one, 403 with a wrong one), and
 *   so do both proxies;
 * - `proxy-v3`: every `/api/v2/…` URL answers the web app's HTML page with status 200, key or not;
 *   the keyless proxy v3 serves, and so does the older proxy;
 * - `proxy`: v2 answers the HTML page, proxy v3 is gone (`retiredV3`); only the older proxy serves.
 */
export type NaraSimulatorMode = 'api-v2' | 'proxy-v3' | 'proxy';

export interface NationalArchiveSimulatorOptions {
  /** Hit counts for given queries (e.g. 12345 to page past 10,000); other queries get 0–40 by hash. */
  totals?: Record<string, number>;
  /** Everything in the corpus derives from it (default 1941). */
  seed?: number;
  /** Landscape size of the records' images; a quarter of them are portrait (default 1024×768). */
  imageSize?: [number, number];
  /** Keys the official API accepts in `x-api-key` (default `NARA_SIMULATOR_KEYS`). */
  apiKeys?: string[];
  /**
   * Which searches serve (default `proxy-v3`: the situation most public reports of 2026 describe,
   * and one where a run with a key has to fall back).
   */
  mode?: NaraSimulatorMode;
  /** In mode `proxy`, what proxy v3 answers: a 404 (default) or the web app's HTML page with status 200. */
  retiredV3?: 'not-found' | 'web-app';
}

export const NARA_SIMULATOR_KEYS: readonly string[] = ['test-key', 'nara-demo-key'];

const MODES: readonly NaraSimulatorMode[] = ['api-v2', 'proxy-v3', 'proxy'];

/**
 * The National Archives Catalog, mounted at `<simulator>/national-archive` (that is the adapter's
 * endpoint): the official search `/api/v2/records/search` (key in `x-api-key`, `searchAfter` deep
 * paging), the keyless `/proxy/v3/records/search` (whole records, page paging) and the older keyless
 * `/proxy/records/search` (abbreviated hits), each serving or not as `mode` says.
 */
export function nationalArchiveSimulator(options: NationalArchiveSimulatorOptions = {}): SimulatorArchive {
  const seed = options.seed ?? 1941;
  const imageSize = options.imageSize ?? [1024, 768];
  const mode = options.mode ?? 'proxy-v3';
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- options also come from JavaScript callers
  if (imageSize.length !== 2 || !imageSize.every((side) => Number.isInteger(side) && side > 0)) {
    throw new Error(`imageSize must be two positive integers, got ${JSON.stringify(imageSize)}`);
  }
  if (!MODES.includes(mode)) throw new Error(`mode must be one of ${MODES.join(', ')}, got ${JSON.stringify(mode)}`);
  const totals = Object.fromEntries(Object.entries(options.totals ?? {}).map(([query, total]) => [query.toLowerCase(), total]));
  const corpus = new SearchCorpus({ seed, totals, imageSize });
  const apiKeys = options.apiKeys ?? NARA_SIMULATOR_KEYS;
  const retiredV3 = (ctx: SimContext) =>
    options.retiredV3 === 'web-app' ? webAppPage(ctx) : ctx.json(404, { statusCode: 404, message: 'Not Found' });
  const routes: SimRoute[] = [
    { path: '/api/v2/records/search', handle: (ctx) => (mode === 'api-v2' ? officialSearch(ctx, corpus, apiKeys) : webAppPage(ctx)) },
    { path: '/proxy/v3/records/search', handle: (ctx) => (mode === 'proxy' ? retiredV3(ctx) : fullSearch(ctx, corpus, false)) },
    { path: '/proxy/records/search', handle: (ctx) => proxySearch(ctx, corpus) },
    ...MEDIA_ROUTES,
  ];
  return { id: 'national-archive', apiPath: '', routes };
}
