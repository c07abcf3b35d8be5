import { poolSums, type ImageStats, type PixelSums } from './ImageStats.js';

/** Pools the pixels of several images (one {@link PixelSums} each) into one set of statistics. */
export function accumulateStats(parts: Iterable<PixelSums>): ImageStats {
  return poolSums(asImages(parts));
}

function* asImages(parts: Iterable<PixelSums>): Generator<PixelSums & { images: number }> {
  for (const part of parts) yield { ...part, images: 1 };
}
