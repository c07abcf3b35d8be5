import { collectLayout, readShardSummary, shardLayout, type ArchiveAdapter, type DateWindow } from '@hx4/core';

/** The array tasks (archive position × shards + shard − 1) whose shard has not finished: to submit again. */
export async function unfinishedTasks(
  datasets: readonly { adapter: ArchiveAdapter; baseDir: string; window: DateWindow | null }[],
  shards: number,
): Promise<number[]> {
  const tasks: number[] = [];
  for (const [position, dataset] of datasets.entries()) {
    for (let index = 1; index <= shards; index++) {
      const summary = await readShardSummary(shardLayout(collectLayout(dataset), { index, count: shards }));
      const finished = !('problem' in summary) && summary.complete && summary.settings.metadataOnly !== true;
      if (!finished) tasks.push(position * shards + index - 1);
    }
  }
  return tasks;
}
