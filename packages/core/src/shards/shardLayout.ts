import { join } from 'node:path';
import { datasetLayout, type DatasetLayout } from '../dataset/DatasetLayout.js';
import type { ShardSpec } from './ShardSpec.js';

/** `shard-summary.json`: what a shard run did (see `ShardSummary`); a shard folder has no run-summary.json. */
export const SHARD_SUMMARY_JSON = 'shard-summary.json';

/** `<dataset>/shards/`: the shard folders of a dataset, which the join turns into the dataset itself. */
export function shardsDir(dataset: DatasetLayout): string {
  return join(dataset.root, 'shards');
}

/** `<dataset>/shards/<index>-of-<count>/`: one shard's hits, images, manifest, logs and summary. */
export function shardLayout(dataset: DatasetLayout, { index, count }: ShardSpec): DatasetLayout {
  return datasetLayout(shardsDir(dataset), `${String(index)}-of-${String(count)}`);
}
