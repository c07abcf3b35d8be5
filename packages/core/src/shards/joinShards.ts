import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import { collectLayout } from '../pipeline/collect.js';
import { resolveCollectOptions, type CollectRequest } from '../pipeline/CollectOptions.js';
import { collectGarbage } from '../memory/collectGarbage.js';
import { withSmallHeap, withSteadyHeap } from '../memory/heapPolicy.js';
import { releaseFreeMallocMemory } from '../memory/mallocPolicy.js';
import { finalStage } from '../pipeline/finalStage.js';
import { prepareDatasetFolder } from '../pipeline/prepareDatasetFolder.js';
import { recordImageOutcomes } from '../pipeline/recordImageOutcomes.js';
import { rowsStage, type ImageToStore } from '../pipeline/rowsStage.js';
import type { RunSummary } from '../pipeline/RunSummary.js';
import { runSummaryHead } from '../pipeline/runSummaryHead.js';
import { sortKeys } from '../pipeline/sortKeys.js';
import { stageTimer } from '../pipeline/stageTimer.js';
import { statsStage } from '../pipeline/statsStage.js';
import { forgetLanguageModel } from '../text/languageModel.js';
import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import type { ImageManifest } from '../images/index.js';
import { gatherShardImages } from './gatherShardImages.js';
import { readShardSet, type ReadyShard } from './readShardSet.js';
import { shardedHitsDirOf } from './shardHits.js';

export type JoinRequest = CollectRequest & { shardCount: number };

/**
 * The dataset `collect()` would have made, from its `shardCount` finished shards (`collectShard`): rows rebuilt
 * from every shard's hits exactly as the rows stage does, each image and its outcome taken from its shard, and
 * the final CSVs, splits and stats computed over the whole, as the final stage does. No request is made.
 * A missing, unfinished or different shard throws a `ShardSetError` before anything is written.
 * Memory as in `collect()`.
 */
export function joinShards(request: JoinRequest): Promise<RunSummary> {
  return withSteadyHeap(() => joinShardStages(request));
}

async function joinShardStages(request: JoinRequest): Promise<RunSummary> {
  const { shardCount, ...rest } = request;
  const options = resolveCollectOptions(rest);
  const layout = collectLayout(options);
  const shards = await readShardSet(options, layout, shardCount);
  await prepareDatasetFolder(layout);
  const timingsMs: Record<string, number> = {};
  const timed = stageTimer(options.reporter, timingsMs);
  const { images: rows, summary: rowSummary } = await timed('rows', () =>
    withSmallHeap(() => rowsStage(options, layout, shardedHitsDirOf(layout, options.vocabulary, shardCount))),
  );
  // As in collect(): the adapters are done, and the records' garbage is collected before the image work.
  forgetLanguageModel();
  collectGarbage();
  const manifest = await timed('images', () => gatherShardImages(layout, rows, shards));
  const final = await timed('final', () => withSmallHeap(() => finalStage(options, layout, manifest)));
  const summary: RunSummary = {
    ...runSummaryHead(options, layout.name),
    hits: joinedHits(shards, options.vocabulary.queries),
    rows: rowSummary,
    images: await joinedImages(layout, rows, manifest, shards),
    final: final.summary,
    politeness: shards.flatMap((shard) => shard.summary.politeness),
    timingsMs,
    complete: true,
    shards: shardCount,
  };
  if (options.imgMeanStd && final.imagePaths.length > 0)
    summary.stats = await timed('stats', () => statsStage(options, layout, final.imagePaths));
  await writeFileAtomic(layout.runSummary, `${JSON.stringify(summary, null, 2)}\n`);
  // What the caller does next (the CLI writes the dataset card) starts without this run's garbage, and with the
  // memory it freed given back.
  collectGarbage();
  releaseFreeMallocMemory();
  return summary;
}

/** The shards' harvests as one: counts summed, sources in vocabulary order, request budgets added up. */
function joinedHits(shards: readonly ReadyShard[], queries: readonly string[]): RunSummary['hits'] {
  const all = shards.map((shard) => shard.summary.hits);
  const sum = (count: (hits: RunSummary['hits']) => number) => all.reduce((total, hits) => total + count(hits), 0);
  const hits: RunSummary['hits'] = {
    queries: sum((shard) => shard.queries),
    cachedQueries: sum((shard) => shard.cachedQueries),
    pages: sum((shard) => shard.pages),
    records: sum((shard) => shard.records),
    failedQueries: [],
  };
  const servedBy = new Map(all.flatMap((shard) => Object.entries(shard.sources ?? {})));
  if (all.some((shard) => shard.sources !== undefined)) {
    hits.sources = Object.fromEntries(
      queries.flatMap((query) => {
        const source = servedBy.get(query);
        return source === undefined ? [] : [[query, source]];
      }),
    );
  }
  if (all.some((shard) => shard.budget !== undefined)) {
    hits.budget = {
      used: sum((shard) => shard.budget?.used ?? 0),
      limit: sum((shard) => shard.budget?.limit ?? 0),
      exhausted: false,
      unfinishedQueries: 0,
    };
  }
  return hits;
}

/** The images stage's summary of the whole dataset: outcomes from the joined manifest, this run's work from the shards. */
async function joinedImages(
  layout: DatasetLayout,
  rows: readonly ImageToStore[],
  manifest: ImageManifest,
  shards: readonly ReadyShard[],
): Promise<NonNullable<RunSummary['images']>> {
  const { formats, failedExamples } = await recordImageOutcomes(layout, rows, manifest);
  const failed: Record<string, number> = {};
  let ok = 0;
  for (const row of rows) {
    const entry = manifest.get(row.id);
    if (entry?.status === 'ok') ok++;
    else {
      const reason = entry?.reason ?? 'unknown';
      failed[reason] = (failed[reason] ?? 0) + 1;
    }
  }
  const work = shards.map((shard) => shard.summary.images);
  const sum = (count: (images: NonNullable<RunSummary['images']>) => number) =>
    work.reduce((total, images) => total + (images === undefined ? 0 : count(images)), 0);
  return {
    ok,
    reused: sum((images) => images.reused),
    downloaded: sum((images) => images.downloaded),
    failed: sortKeys(failed),
    failedExamples: sortKeys(failedExamples),
    formats: sortKeys(formats),
    retried: { attempted: sum((images) => images.retried.attempted), recovered: sum((images) => images.retried.recovered) },
  };
}
