import type { PixelSums } from '@hx4/core';

/** How many numbers an image's totals take: its red, green and blue sums, their sums of squares, its pixel count. */
export const TOTALS_PER_IMAGE = 7;

/**
 * An image's totals (bytes 0–255, in the order of `TOTALS_PER_IMAGE`) scaled to [0, 1] as core's statistics
 * take them; null when the pixel count is not known (NaN).
 */
export function scaledPixelSums(totals: ArrayLike<number>): PixelSums | null {
  if (totals.length !== TOTALS_PER_IMAGE) throw new RangeError(`expected ${TOTALS_PER_IMAGE} image totals, got ${totals.length}`);
  const [r, g, b, rr, gg, bb, pixels] = Array.from(totals) as [number, number, number, number, number, number, number];
  if (Number.isNaN(pixels)) return null;
  return { sum: [r / 255, g / 255, b / 255], sumSquares: [rr / 255 ** 2, gg / 255 ** 2, bb / 255 ** 2], pixels };
}
