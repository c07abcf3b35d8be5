import { rm } from 'node:fs/promises';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import { collectLayout } from '../pipeline/collect.js';
import { requestLimitOf, resolveCollectOptions, type CollectOptions, type CollectRequest } from '../pipeline/CollectOptions.js';
import { harvestStage } from '../pipeline/harvestStage.js';
import { imagesStage } from '../pipeline/imagesStage.js';
import { prepareDatasetFolder } from '../pipeline/prepareDatasetFolder.js';
import { collectGarbage } from '../memory/collectGarbage.js';
import { withSmallHeap, withSteadyHeap } from '../memory/heapPolicy.js';
import { buildRows, imagesOf } from '../pipeline/rowsStage.js';
import { runSummaryHead } from '../pipeline/runSummaryHead.js';
import { stageTimer } from '../pipeline/stageTimer.js';
import { forgetLanguageModel } from '../text/languageModel.js';
import { shardedHitsDirOf, unharvestedShards } from './shardHits.js';
import { SHARD_SUMMARY_JSON, shardLayout } from './shardLayout.js';
import { describeShard, shardOfImage, shardOfQuery, type ShardSpec } from './ShardSpec.js';
import type { ShardSummary } from './ShardSummary.js';

export type ShardRequest = CollectRequest & { shard: ShardSpec };

/**
 * One shard's part of `collect()` into `<dataset>/shards/<i>-of-<n>/`: it harvests every n-th query, then, once
 * every shard has harvested (their folders are read), stores the images of the whole dataset's rows whose id
 * hashes to it. It leaves the CSVs, splits and stats to `joinShards`, which needs every shard. Resumable like
 * `collect()`; a shard whose images wait for others says so (`waitingFor`) and is simply run again.
 * Of a request quota it counts its 1/n share; the caller gives its HTTP client 1/n of the API host's rate.
 * Memory as in `collect()`: a steady heap, the rows built with a small one.
 */
export function collectShard(request: ShardRequest): Promise<ShardSummary> {
  return withSteadyHeap(() => collectShardStages(request));
}

async function collectShardStages(request: ShardRequest): Promise<ShardSummary> {
  const { shard, ...rest } = request;
  const options = resolveCollectOptions(rest);
  const { reporter } = options;
  const dataset = collectLayout(options);
  const layout = shardLayout(dataset, shard);
  await prepareDatasetFolder(layout);
  // A shard killed before it wrote its summary must read as unfinished to the join, not as its previous run.
  await rm(layout.file(SHARD_SUMMARY_JSON), { force: true });
  const timingsMs: Record<string, number> = {};
  const timed = stageTimer(reporter, timingsMs);
  const limit = requestLimitOf(options);
  const own: CollectOptions = {
    ...options,
    vocabulary: {
      ...options.vocabulary,
      queries: options.vocabulary.queries.filter((_, position) => shardOfQuery(position, shard.count) === shard.index),
    },
    maxRequests: limit === undefined ? undefined : Math.floor(limit / shard.count),
  };
  reporter.log(
    'info',
    `shard ${describeShard(shard)}: ${String(own.vocabulary.queries.length)} of ${String(options.vocabulary.queries.length)} queries`,
  );
  const hits = await timed('harvest', () => harvestStage(own, layout));
  const harvested = hits.failedQueries.length === 0 && hits.budget?.exhausted !== true;
  const summary: ShardSummary = {
    ...runSummaryHead({ ...options, maxRequests: own.maxRequests }, dataset.name),
    kind: 'shard',
    shard,
    hits,
    waitingFor: [],
    politeness: [],
    timingsMs,
    complete: harvested && options.metadataOnly,
  };
  if (harvested && !options.metadataOnly) {
    summary.waitingFor = (await unharvestedShards(options, dataset, shard.count)).filter((index) => index !== shard.index);
    if (summary.waitingFor.length > 0) {
      const others = summary.waitingFor.map((index) => describeShard({ index, count: shard.count })).join(', ');
      reporter.log('warn', `images wait until every shard has harvested; unfinished: ${others} (rerun this shard after them)`);
    } else {
      const { rows } = await timed('rows', () =>
        withSmallHeap(() => buildRows(options, dataset, shardedHitsDirOf(dataset, options.vocabulary, shard.count), layout.tmp)),
      );
      // Adapters, the language model's only users, are done: free it and the records' garbage before the image
      // work, as collect() does.
      forgetLanguageModel();
      collectGarbage();
      const all = await imagesOf(rows).finally(() => rows.remove());
      const mine = all.filter((row) => shardOfImage(row.id, shard.count) === shard.index);
      reporter.log('info', `shard ${describeShard(shard)}: ${String(mine.length)} of the dataset's ${String(rows.count)} images`);
      summary.images = (await timed('images', () => imagesStage(options, layout, mine))).summary;
      await rm(layout.tmp, { recursive: true, force: true });
      summary.complete = true;
    }
  }
  summary.politeness = options.http.hostStats();
  await writeFileAtomic(layout.file(SHARD_SUMMARY_JSON), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
