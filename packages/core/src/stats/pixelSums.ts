import type { PixelSums } from './ImageStats.js';
import { rgbByteTotals } from './rgbByteTotals.js';

/** Per-channel sums of one image's pixels scaled to [0, 1]; see {@link rgbByteTotals} for the decoding. */
export async function pixelSums(imagePath: string): Promise<PixelSums> {
  const { sum, sumSquares, pixels } = await rgbByteTotals(imagePath);
  return {
    sum: [sum[0] / 255, sum[1] / 255, sum[2] / 255],
    sumSquares: [sumSquares[0] / 255 ** 2, sumSquares[1] / 255 ** 2, sumSquares[2] / 255 ** 2],
    pixels,
  };
}
