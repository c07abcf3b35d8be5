import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import { readCheckpoint } from '../hits/HitCheckpoint.js';
import { hitFiles } from '../hits/hitFiles.js';
import { adapterOptionsOf, type CollectOptions } from '../pipeline/CollectOptions.js';
import type { HitsDirOf } from '../pipeline/rowsStage.js';
import { querySlug, type Vocabulary } from '../rows/index.js';
import { allShards, shardOfQuery } from './ShardSpec.js';
import { shardLayout } from './shardLayout.js';

/** Each query's hits are in the folder of the shard that harvested it. */
export function shardedHitsDirOf(dataset: DatasetLayout, vocabulary: Vocabulary, count: number): HitsDirOf {
  const dirs = new Map(
    vocabulary.queries.map((query, position) => [query, shardLayout(dataset, { index: shardOfQuery(position, count), count }).hits]),
  );
  return (query) => {
    const dir = dirs.get(query);
    if (dir === undefined) throw new Error(`query "${query}" is not in the vocabulary the shards were made with`);
    return dir;
  };
}

/**
 * The shards (by index) with a query whose harvest is not finished, as their checkpoints say: not complete, or
 * harvested with another endpoint or filters than these options ask for (its first page's URL differs).
 */
export async function unharvestedShards(options: CollectOptions, dataset: DatasetLayout, count: number): Promise<number[]> {
  const hitsDirOf = shardedHitsDirOf(dataset, options.vocabulary, count);
  const adapterOptions = adapterOptionsOf(options);
  const unfinished = new Set<number>();
  for (const [position, query] of options.vocabulary.queries.entries()) {
    const shard = shardOfQuery(position, count);
    if (unfinished.has(shard)) continue;
    const checkpoint = await readCheckpoint(hitFiles(hitsDirOf(query), querySlug(query)).checkpoint);
    const harvested =
      checkpoint?.complete === true &&
      checkpoint.query === query &&
      checkpoint.fingerprint === options.adapter.pageRequest(query, null, adapterOptions, checkpoint.source).url;
    if (!harvested) unfinished.add(shard);
  }
  return allShards(count)
    .map(({ index }) => index)
    .filter((index) => unfinished.has(index));
}
