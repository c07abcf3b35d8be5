import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import type { CollectOptions } from '../pipeline/CollectOptions.js';
import { datasetSettings } from '../pipeline/datasetSettings.js';
import { readShardSummary, type RecordedShardSummary } from './readShardSummary.js';
import { shardLayout } from './shardLayout.js';
import { ShardSetError } from './ShardSetError.js';
import { allShards, describeShard, type ShardSpec } from './ShardSpec.js';

/** Settings that decide what a shard's hits and images are: the join's must be the same. */
const CONTENT_SETTINGS = [
  'endpoint',
  'window',
  'queries',
  'archive',
  'thumbnailSize',
  'largeImageThresholdBytes',
  'jpegQuality',
  'maxBytes',
  'maxPixels',
] as const;

export interface ReadyShard {
  spec: ShardSpec;
  layout: DatasetLayout;
  summary: RecordedShardSummary;
}

/**
 * Every shard of a set of `count` of the dataset these options make, each finished and made with the same
 * settings; otherwise a `ShardSetError` naming every shard that is missing, unreadable, unfinished or different.
 */
export async function readShardSet(options: CollectOptions, dataset: DatasetLayout, count: number): Promise<ReadyShard[]> {
  const expected = datasetSettings(options);
  const ready: ReadyShard[] = [];
  const problems: string[] = [];
  for (const spec of allShards(count)) {
    const layout = shardLayout(dataset, spec);
    const summary = await readShardSummary(layout);
    const name = `shard ${describeShard(spec)}`;
    if ('problem' in summary) {
      problems.push(`${name} ${summary.problem}`);
      continue;
    }
    const unfinished = unfinishedReason(summary);
    const differing = CONTENT_SETTINGS.filter((key) => JSON.stringify(summary.settings[key]) !== JSON.stringify(expected[key]));
    if (summary.archive !== options.adapter.id) problems.push(`${name} is of archive ${summary.archive}`);
    else if (summary.shard.count !== count) problems.push(`${name} was made as one of ${String(summary.shard.count)} shards`);
    else if (unfinished !== null) problems.push(`${name} is unfinished: ${unfinished}`);
    else if (differing.length > 0) problems.push(`${name} was collected with other settings (${differing.join(', ')})`);
    else ready.push({ spec, layout, summary });
  }
  if (problems.length > 0) throw new ShardSetError(dataset.name, problems);
  return ready;
}

function unfinishedReason(summary: RecordedShardSummary): string | null {
  const { hits, waitingFor, shard } = summary;
  if (hits.failedQueries.length > 0) return `${String(hits.failedQueries.length)} queries failed (rerun it)`;
  if (hits.budget?.exhausted === true) return 'its request budget ran out (rerun it when there is budget)';
  if (summary.settings.metadataOnly === true) return 'harvested only (--metadata-only): rerun it without';
  if (waitingFor.length > 0) {
    return `its images waited for ${waitingFor.map((index) => describeShard({ index, count: shard.count })).join(', ')} (rerun it)`;
  }
  return summary.complete ? null : 'not complete (rerun it)';
}
