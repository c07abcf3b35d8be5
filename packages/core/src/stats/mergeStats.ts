import { poolSums, type ImageStats } from './ImageStats.js';

/** Statistics of the union of several image sets, from their sums alone (as if every pixel had been pooled). */
export function mergeStats(...stats: ImageStats[]): ImageStats {
  if (stats.length === 0) throw new Error('mergeStats: no statistics to merge');
  return poolSums(stats);
}
