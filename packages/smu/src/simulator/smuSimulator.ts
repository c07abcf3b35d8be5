import type { SimulatorArchive } from '@hx4/testkit';
import { dmwebservicesResponse } from './dmwebservicesResponse.js';
import { iiifResponse } from './iiifResponse.js';
import { robotsTxt } from './robotsTxt.js';
import { SmuCorpus } from './SmuCorpus.js';

export interface SmuSimulatorOptions {
  /** Hits for given phrases (e.g. 1500 to page past 1024); other phrases get 0-40 by hash. */
  totals?: Record<string, number>;
  /** Everything in the corpus derives from it (default 1911, SMU's founding year). */
  seed?: number;
  /** Landscape size of the full images; a quarter of them are portrait (default 1024×768). */
  imageSize?: [number, number];
  /** Seconds robots.txt asks between requests (default 1, like small sites); null for no Crawl-delay line. */
  crawlDelay?: number | null;
}

/**
 * SMU Digital Collections as an OCLC CONTENTdm site, mounted at `<simulator>/smu` (the adapter's endpoint):
 * the server API `/digital/bl/dmwebservices/index.php` (dmQuery, dmGetItemInfo, dmGetCompoundObjectInfo,
 * dmGetCollectionFieldInfo, dmGetCollectionList) with CONTENTdm's HTTP 200 error bodies, IIIF images under
 * `/iiif/2/`, and `/robots.txt`.
 */
export function smuSimulator(options: SmuSimulatorOptions = {}): SimulatorArchive {
  const seed = options.seed ?? 1911;
  const imageSize = options.imageSize ?? [1024, 768];
  const crawlDelay = options.crawlDelay === undefined ? 1 : options.crawlDelay;
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- options also come from JavaScript callers
  if (imageSize.length !== 2 || !imageSize.every((side) => Number.isInteger(side) && side > 0)) {
    throw new Error(`imageSize must be two positive integers, got ${JSON.stringify(imageSize)}`);
  }
  if (crawlDelay !== null && !(crawlDelay >= 0)) throw new Error(`crawlDelay must be a non-negative number or null, got ${crawlDelay}`);
  const totals = Object.fromEntries(Object.entries(options.totals ?? {}).map(([phrase, total]) => [phrase.toLowerCase(), total]));
  const corpus = new SmuCorpus({ seed, totals, imageSize });
  return {
    id: 'smu',
    apiPath: '',
    routes: [
      { path: '/digital/bl/dmwebservices/index.php', handle: (ctx) => dmwebservicesResponse(ctx, corpus) },
      {
        path: /^\/iiif\/2\/([A-Za-z0-9_-]+):(\d{1,9})\/(info\.json|[^/]+\/[^/]+\/[^/]+\/[^/]+)$/,
        handle: (ctx) => iiifResponse(ctx, corpus),
      },
      { path: '/robots.txt', handle: (ctx) => robotsTxt(ctx, crawlDelay) },
    ],
  };
}
