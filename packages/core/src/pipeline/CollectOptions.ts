import type { AdapterOptions, ArchiveAdapter, DateWindow } from '../adapter/ArchiveAdapter.js';
import type { CallerSettings } from '../dataset/DatasetSettings.js';
import type { HttpClient } from '../http/HttpClient.js';
import { resolveImageSettings, type ImageSettings } from '../images/index.js';
import { silentReporter, type Reporter } from '../report/Reporter.js';
import { DEFAULT_SEED, DEFAULT_VAL_FRACTION } from '../split/index.js';
import type { Vocabulary } from '../rows/index.js';

export interface CollectOptions {
  adapter: ArchiveAdapter;
  /** The folder that holds dataset folders (`-d`). */
  baseDir: string;
  window: DateWindow | null;
  endpoint: string;
  apiKey?: string;
  vocabulary: Vocabulary;
  /** Handed to the adapter (see `AdapterOptions.meaninglessWords`). */
  meaninglessWords?: ReadonlySet<string>;
  http: HttpClient;
  reporter: Reporter;
  /** Stop after the raw CSVs. */
  metadataOnly: boolean;
  images: ImageSettings;
  /** Image downloads and decodes in flight at once (`-nw`). */
  workers: number;
  imgMeanStd: boolean;
  valFraction: number;
  seed: number;
  /** Which recorded image failures to try again: transient ones (default) or all of them. */
  retryFailed: 'transient' | 'all';
  /**
   * Requests allowed per calendar month with this key (`--max-requests`), counted in the dataset's
   * `state/` across runs. Default: the adapter's `requestQuota` when an API key is given; otherwise none.
   */
  maxRequests?: number;
  /** Settings only the caller knows, recorded in run-summary.json beside core's own (see `CallerSettings`). */
  callerSettings?: CallerSettings;
}

/** What every adapter call of a run is told. */
export function adapterOptionsOf(options: CollectOptions): AdapterOptions {
  return { endpoint: options.endpoint, apiKey: options.apiKey, window: options.window, meaninglessWords: options.meaninglessWords };
}

/** The monthly request quota counted: `maxRequests`, else the archive's own quota when a key is given (a quota is per key). */
export function requestLimitOf({ maxRequests, apiKey, adapter }: CollectOptions): number | undefined {
  return maxRequests ?? (apiKey ? adapter.requestQuota?.perMonth : undefined);
}

/** What `collect()` takes: the archive, where to write, what to ask and how to fetch; the rest has defaults. */
export type CollectRequest = Pick<CollectOptions, 'adapter' | 'baseDir' | 'vocabulary' | 'http'> & Partial<CollectOptions>;

/**
 * The request with every setting it leaves out filled in: the adapter's endpoint, date window and
 * default key, no thumbnails, 4 workers, a 0.35 validation split with seed 42, transient failures retried.
 */
export function resolveCollectOptions(request: CollectRequest): CollectOptions {
  // A setting given as undefined means its default, as when left out.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- Object.entries drops undefined from the value type
  const given = Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
  return {
    window: request.adapter.defaultWindow,
    endpoint: request.adapter.defaultEndpoint,
    apiKey: request.adapter.apiKey?.default,
    reporter: silentReporter,
    metadataOnly: false,
    images: resolveImageSettings(),
    workers: 4,
    imgMeanStd: false,
    valFraction: DEFAULT_VAL_FRACTION,
    seed: DEFAULT_SEED,
    retryFailed: 'transient',
    ...given,
  } as CollectOptions;
}
