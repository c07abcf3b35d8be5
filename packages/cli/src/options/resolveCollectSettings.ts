import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadCanonicalMap,
  loadVocabulary,
  loadWordList,
  vocabularyFromQueries,
  type ArchiveAdapter,
  type DateWindow,
  type ImageSettings,
  type ShardSpec,
  type Vocabulary,
} from '@hx4/core';
import { defaultMiscDir } from '../defaultMiscDir.js';
import { checkWritableDirectory } from './checkWritableDirectory.js';
import { endpointEnvVar } from './endpointEnvVar.js';
import { parseDate } from './parseDate.js';
import { parseEndpoint } from './parseEndpoint.js';
import { parseMaxRps, type MaxRps } from './parseMaxRps.js';
import { MAX_SHARDS, parseShard } from './parseShard.js';
import { parseFraction, parseInteger, parsePositiveInteger, parsePositiveNumber } from './parseNumbers.js';
import { parseThumbnailSize } from './parseThumbnailSize.js';
import { UsageError } from './UsageError.js';

export type CollectArgs = Record<string, unknown>;

/** Everything `hx4 collect` needs, checked up front: bad input fails here, before anything is written. */
export interface CollectSettings {
  baseDir: string;
  window: DateWindow | null;
  endpoint: string;
  apiKey?: string;
  vocabulary: Vocabulary;
  meaninglessWords: ReadonlySet<string>;
  images: ImageSettings;
  workers: number;
  valFraction: number;
  seed: number;
  requestsPerSecond?: number;
  /** The user's caps per host and for every host (`--max-rps`). */
  maxRps: MaxRps;
  maxRequests?: number;
  insecureHosts: string[];
  /** `--shard I/N`: this run does shard I of N of the work. */
  shard?: ShardSpec;
  /** `--join-shards N`: this run joins the dataset from its N finished shards. */
  joinShards?: number;
}

const MiB = 1024 * 1024;

export async function resolveCollectSettings(adapter: ArchiveAdapter, args: CollectArgs): Promise<CollectSettings> {
  if (typeof args['dataset-dir'] !== 'string' || !args['dataset-dir']) {
    throw new UsageError('--dataset-dir (-d) is required: the folder that holds the dataset folders');
  }
  if (args.shard !== undefined && args['join-shards'] !== undefined) {
    throw new UsageError('--shard and --join-shards exclude each other: collect a shard, or join the finished shards');
  }
  const window = resolveWindow(adapter, args);
  const endpointFlag = (args.endpoint as string | undefined) ?? process.env[endpointEnvVar(adapter.id)];
  const endpoint = endpointFlag ? parseEndpoint('--endpoint', endpointFlag) : adapter.defaultEndpoint;
  const apiKey =
    (args['api-key'] as string | undefined) ?? (adapter.apiKey ? (process.env[adapter.apiKey.env] ?? adapter.apiKey.default) : undefined);
  const settings: CollectSettings = {
    baseDir: await checkWritableDirectory('--dataset-dir', args['dataset-dir']),
    window,
    endpoint,
    apiKey,
    vocabulary: await resolveVocabulary(adapter, args),
    meaninglessWords: await resolveMeaninglessWords(),
    images: resolveImageSettings(args),
    workers: parsePositiveInteger('--num-workers', args['num-workers'], 256),
    valFraction: parseFraction('--val-split-pct', args['val-split-pct']),
    seed: parseInteger('--seed', args.seed),
    requestsPerSecond:
      args['requests-per-second'] === undefined ? undefined : parsePositiveNumber('--requests-per-second', args['requests-per-second']),
    maxRps: parseMaxRps(args['max-rps']),
    maxRequests: args['max-requests'] === undefined ? undefined : parsePositiveInteger('--max-requests', args['max-requests']),
    insecureHosts: args.insecure ? ['*'] : ((args['insecure-host'] as string[] | undefined) ?? []),
    shard: args.shard === undefined ? undefined : parseShard(args.shard),
    joinShards: args['join-shards'] === undefined ? undefined : parsePositiveInteger('--join-shards', args['join-shards'], MAX_SHARDS),
  };
  checkQuotaShare(adapter, settings);
  return settings;
}

/** Each of N shards counts 1/N of the monthly request quota: a quota smaller than N leaves some shard none. */
function checkQuotaShare(adapter: ArchiveAdapter, { shard, maxRequests, apiKey }: CollectSettings): void {
  const quota = maxRequests ?? (apiKey ? adapter.requestQuota?.perMonth : undefined);
  if (shard === undefined || quota === undefined || quota >= shard.count) return;
  throw new UsageError(
    `a request quota of ${String(quota)} cannot be shared by ${String(shard.count)} shards: each needs at least one request`,
  );
}

function resolveWindow(adapter: ArchiveAdapter, args: CollectArgs): DateWindow | null {
  const start = args['start-date'] === undefined ? adapter.defaultWindow?.start : parseDate('--start-date', args['start-date']);
  const end = args['end-date'] === undefined ? adapter.defaultWindow?.end : parseDate('--end-date', args['end-date']);
  if (!start && !end) return null;
  if (!start || !end) throw new UsageError(`${adapter.id} has no default date window: give both --start-date and --end-date`);
  if (start > end) throw new UsageError(`--start-date ${start} is after --end-date ${end}`);
  return { start, end };
}

async function resolveVocabulary(adapter: ArchiveAdapter, args: CollectArgs): Promise<Vocabulary> {
  const misc = defaultMiscDir();
  const files = adapter.vocabulary ?? { queriesFile: 'query_labels.txt', canonicalFile: 'canonical_labels.json' };
  const canonicalFlag = args['canonical-file'] as string | undefined;
  const queriesFile = args['queries-file'] as string | undefined;
  const queries = args.query as string[] | undefined;
  // Archives searched by their own catalogue (galleries, listing pages) bring their own labels.
  const own = adapter.ownQueries?.();
  try {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- yargs reads `--query 1945` as a number
    if (queries?.some((query) => !String(query).trim())) throw new UsageError('--query must not be empty');
    const canonical = async () =>
      own && !canonicalFlag ? own.canonical : loadCanonicalMap(canonicalFlag ?? join(misc, files.canonicalFile));
    if (queries?.length) return vocabularyFromQueries(queries.map(String), await canonical());
    if (own && !queriesFile) return vocabularyFromQueries(own.queries, await canonical());
    return await loadVocabulary({
      queriesFile: queriesFile ?? join(misc, files.queriesFile),
      canonicalFile: canonicalFlag ?? join(misc, files.canonicalFile),
    });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

/** The project's meaningless-words list; a missing file means none (an installed CLI without misc/). */
export async function resolveMeaninglessWords(): Promise<ReadonlySet<string>> {
  const path = join(defaultMiscDir(), 'meaningless_words.txt');
  return existsSync(path) ? loadWordList(path) : new Set();
}

function resolveImageSettings(args: CollectArgs): ImageSettings {
  const thumbnailing = args['enable-thumbnailing'] === true;
  const sizeArg = args['thumbnail-size'] as string[] | undefined;
  const thresholdArg = args['large-image-threshold-mb'];
  if (thresholdArg !== undefined && !thumbnailing) {
    throw new UsageError('--large-image-threshold-mb only applies with --enable-thumbnailing');
  }
  const thumbnailSize = sizeArg?.length ? parseThumbnailSize(sizeArg) : thumbnailing ? ([1000, 1000] as [number, number]) : null;
  const thresholdMb = thumbnailing
    ? thresholdArg === undefined
      ? 1
      : parsePositiveNumber('--large-image-threshold-mb', thresholdArg)
    : null;
  return {
    thumbnailSize,
    largeImageThresholdBytes: thresholdMb === null ? null : Math.round(thresholdMb * MiB),
    maxBytes: 50 * MiB,
    maxPixels: 100_000_000,
    jpegQuality: 95,
  };
}
