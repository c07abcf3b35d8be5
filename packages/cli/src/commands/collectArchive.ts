import {
  collect,
  collectLayout,
  collectShard,
  describeShard,
  hx4Version,
  joinShards,
  shardLayout,
  type ArchiveAdapter,
  type CollectRequest,
  type HttpClient,
  type RunSummary,
  type ShardSummary,
} from '@hx4/core';
import type { CliReporter } from '../reporter/createCliReporter.js';
import type { StatusArea } from '../reporter/StatusArea.js';
import type { CollectArgs, CollectSettings } from '../options/resolveCollectSettings.js';
import { formatShardSummary } from '../reporter/formatShardSummary.js';
import { formatSummary } from '../reporter/formatSummary.js';
import { reportOrWarn } from './reportOrWarn.js';
import { startCollectRun } from './startCollectRun.js';

export interface CollectRun {
  adapter: ArchiveAdapter;
  settings: CollectSettings;
  args: CollectArgs;
  /** Show a line prefix naming the archive (several archives in one terminal). */
  prefix?: string;
  /** The live status area of archives collected side by side. */
  sharedArea?: StatusArea;
}

/**
 * Runs one archive's collection with a log file in its dataset's `logs/`; with `--join-shards N`, joins the
 * dataset from its N finished shards instead (no request is made).
 */
export async function collectArchive(run: CollectRun): Promise<RunSummary> {
  const { adapter, settings } = run;
  const layout = collectLayout({ adapter, baseDir: settings.baseDir, window: settings.window });
  const { reporter, http } = startCollectRun({ ...run, logsDir: layout.logs, share: 1 });
  const shardCount = settings.joinShards;
  reporter.log(
    'info',
    shardCount === undefined
      ? `HX4 ${hx4Version}: collecting ${adapter.id} into ${layout.root} from ${settings.endpoint}`
      : `HX4 ${hx4Version}: joining ${adapter.id}'s ${String(shardCount)} shards into ${layout.root}`,
  );
  return loggedRun(reporter, http, async () => {
    const request = collectRequest(run, http, reporter, {});
    const summary = shardCount === undefined ? await collect(request) : await joinShards({ ...request, shardCount });
    for (const line of formatSummary(summary)) reporter.log('info', line);
    await reportOrWarn(layout.root, reporter);
    return summary;
  });
}

/** `--shard I/N`: one shard of the archive's work into its shard folder, with 1/N of the archive's limits. */
export async function collectArchiveShard(run: CollectRun & { shard: NonNullable<CollectSettings['shard']> }): Promise<ShardSummary> {
  const { adapter, settings, shard } = run;
  const layout = shardLayout(collectLayout({ adapter, baseDir: settings.baseDir, window: settings.window }), shard);
  const { reporter, http, apiRequestsPerSecond } = startCollectRun({ ...run, logsDir: layout.logs, share: 1 / shard.count });
  reporter.log(
    'info',
    `HX4 ${hx4Version}: collecting shard ${describeShard(shard)} of ${adapter.id} into ${layout.root} from ${settings.endpoint}`,
  );
  return loggedRun(reporter, http, async () => {
    // What this shard may take of limits the N shards share, recorded beside the settings.
    const summary = await collectShard({ ...collectRequest(run, http, reporter, { apiRequestsPerSecond }), shard });
    for (const line of formatShardSummary(summary)) reporter.log('info', line);
    return summary;
  });
}

/** Runs `work` with the run's error in its log, and the HTTP client and the log closed however it ends. */
async function loggedRun<T>(reporter: CliReporter, http: HttpClient, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    reporter.log('error', (error as Error).message);
    throw error;
  } finally {
    await http.close();
    await reporter.close();
  }
}

function collectRequest(
  { adapter, settings, args }: CollectRun,
  http: HttpClient,
  reporter: CliReporter,
  shareSettings: Record<string, number>,
): CollectRequest {
  return {
    adapter,
    baseDir: settings.baseDir,
    window: settings.window,
    endpoint: settings.endpoint,
    apiKey: settings.apiKey,
    vocabulary: settings.vocabulary,
    meaninglessWords: settings.meaninglessWords,
    http,
    reporter,
    metadataOnly: args['metadata-only'] === true,
    images: settings.images,
    workers: settings.workers,
    imgMeanStd: args['img-mean-std'] === true,
    valFraction: settings.valFraction,
    seed: settings.seed,
    retryFailed: args['retry-failed'] === true ? 'all' : 'transient',
    maxRequests: settings.maxRequests,
    // Limits that live in the HTTP client built here; core records everything else it was given.
    callerSettings: { maxRps: settings.maxRps, insecureHosts: settings.insecureHosts, ...shareSettings },
  };
}
