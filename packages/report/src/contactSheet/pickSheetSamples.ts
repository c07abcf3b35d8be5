import { createHash } from 'node:crypto';
import type { SampleImage } from '../dataset/index.js';
import type { Count, Tier, TierSpan } from '../figures/index.js';

export interface SheetRow {
  tier: Tier;
  picks: { label: string; count: number; sample: SampleImage }[];
}

export const LABELS_PER_TIER = 4;

/**
 * Up to four labels per tier, chosen by a hash of the label (a spread over the tier that stays the same
 * from run to run), each shown by its sampled image.
 */
export function pickSheetSamples(
  sorted: readonly Count[],
  spans: readonly TierSpan[],
  samples: ReadonlyMap<string, SampleImage>,
): SheetRow[] {
  return spans.map(({ tier, first, last }) => ({
    tier,
    picks: sorted
      .slice(first - 1, last)
      .filter(({ key }) => samples.has(key))
      .map(({ key, count }) => ({ key, count, order: createHash('sha256').update(key).digest('hex') }))
      .sort((a, b) => (a.order < b.order ? -1 : 1))
      .slice(0, LABELS_PER_TIER)
      .map(({ key, count }) => ({ label: key, count, sample: samples.get(key) as SampleImage })),
  }));
}
