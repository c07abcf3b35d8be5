import { createHash } from 'node:crypto';

/** One of `count` shards of an archive's work (`--shard index/count`), `index` counted from 1. */
export interface ShardSpec {
  readonly index: number;
  readonly count: number;
}

/** `2/3`, as the user wrote it. */
export function describeShard({ index, count }: ShardSpec): string {
  return `${String(index)}/${String(count)}`;
}

/**
 * The shard that harvests the query at `position` (0-based) of the vocabulary: round robin, so every shard
 * gets a like share of a vocabulary whatever order it is in, and the same share on every run.
 */
export function shardOfQuery(position: number, count: number): number {
  return (position % count) + 1;
}

/**
 * The shard that stores the image of row `id`: by a hash of the id, not its position, so an image keeps its
 * shard when rows are added before it, and images of one query spread over all shards.
 */
export function shardOfImage(id: string, count: number): number {
  return (createHash('sha256').update(id, 'utf8').digest().readUInt32BE(0) % count) + 1;
}

/** Every shard of a set of `count`, in order. */
export function allShards(count: number): ShardSpec[] {
  return Array.from({ length: count }, (_, position) => ({ index: position + 1, count }));
}
