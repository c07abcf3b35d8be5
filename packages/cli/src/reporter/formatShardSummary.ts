import { describeShard, type ShardSummary } from '@hx4/core';

/** The few lines a person reads at the end of a shard run; shard-summary.json has the rest. */
export function formatShardSummary(summary: ShardSummary): string[] {
  const { hits, images, shard } = summary;
  const lines = [
    `shard ${describeShard(shard)} of ${summary.dataset}: ${String(hits.records)} hits from ${String(hits.queries)} queries (${String(hits.cachedQueries)} from cache)`,
  ];
  if (hits.budget) lines.push(`requests this month: ${String(hits.budget.used)} of this shard's ${String(hits.budget.limit)}`);
  if (summary.waitingFor.length > 0) {
    lines.push(
      `images wait for the harvest of ${summary.waitingFor.map((index) => describeShard({ index, count: shard.count })).join(', ')}: rerun this shard after them`,
    );
  }
  if (images) {
    const failed = Object.values(images.failed).reduce((sum, count) => sum + count, 0);
    lines.push(
      `images: ${String(images.ok)} stored (${String(images.downloaded)} downloaded, ${String(images.reused)} already there), ${String(failed)} failed`,
    );
  }
  lines.push(
    summary.complete
      ? `shard ${describeShard(shard)} finished: join with --join-shards ${String(shard.count)} once all are`
      : `shard ${describeShard(shard)} unfinished: rerun it`,
  );
  return lines;
}
