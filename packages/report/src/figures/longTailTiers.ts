import type { Count } from './sortedCounts.js';

export type Tier = 'head' | 'torso' | 'tail';

/**
 * Fixed count thresholds (the reference's head > 5000, tail < 1000) leave a small dataset all tail, so the
 * tiers follow the label ranks instead: the most frequent 20% of labels are the head, the least frequent
 * 50% the tail, the rest the torso.
 */
export const HEAD_SHARE = 0.2;
export const TAIL_SHARE = 0.5;

export interface TierSpan {
  tier: Tier;
  /** 1-based ranks in the most-frequent-first order, inclusive; `last < first` for an empty tier. */
  first: number;
  last: number;
  labels: number;
  images: number;
}

/** Splits labels sorted most frequent first into head, torso and tail by rank. */
export function longTailTiers(sorted: readonly Count[]): TierSpan[] {
  const n = sorted.length;
  const head = Math.ceil(n * HEAD_SHARE);
  const tail = Math.min(Math.floor(n * TAIL_SHARE), n - head);
  const bounds: [Tier, number, number][] = [
    ['head', 1, head],
    ['torso', head + 1, n - tail],
    ['tail', n - tail + 1, n],
  ];
  return bounds.map(([tier, first, last]) => ({
    tier,
    first,
    last,
    labels: Math.max(0, last - first + 1),
    images: sorted.slice(first - 1, last).reduce((sum, { count }) => sum + count, 0),
  }));
}

export function tierOfRank(spans: readonly TierSpan[], rank: number): Tier {
  const span = spans.find(({ first, last }) => rank >= first && rank <= last);
  if (!span) throw new Error(`rank ${rank} is outside the ${spans.length} tiers`);
  return span.tier;
}
