import type { ShardSpec } from '@hx4/core';
import { UsageError } from './UsageError.js';

/** `--shard I/N`: shard I (from 1) of N. */
export function parseShard(value: unknown): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/u.exec(String(value));
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || index < 1 || index > count || count > MAX_SHARDS) {
    throw new UsageError(`--shard must be I/N with 1 ≤ I ≤ N ≤ ${String(MAX_SHARDS)} (e.g. 2/8), got "${String(value)}"`);
  }
  return { index, count };
}

/** More shards than this is a typo: each shard asks the archive at least once per query it holds. */
export const MAX_SHARDS = 1000;
