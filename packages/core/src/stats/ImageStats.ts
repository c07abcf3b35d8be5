/** One value per channel, in R, G, B order. */
export type Rgb = [number, number, number];

/** Per-channel sums of pixel values scaled to [0, 1] (byte / 255), and how many pixels they cover. */
export interface PixelSums {
  sum: Rgb;
  sumSquares: Rgb;
  pixels: number;
}

/**
 * Mean and population standard deviation per channel over all pixels pooled (a large image weighs
 * more than a small one), as the reference computes them for `Normalize(mean, std)` on [0, 1]
 * tensors. The sums are kept so that datasets can be merged without revisiting their images.
 */
export interface ImageStats extends PixelSums {
  mean: Rgb;
  std: Rgb;
  images: number;
}

const RGB_CHANNELS = [0, 1, 2] as const;

/** Adds up the sums of image sets, then derives mean and std from the totals. */
export function poolSums(parts: Iterable<PixelSums & { images: number }>): ImageStats {
  const sum: Rgb = [0, 0, 0];
  const sumSquares: Rgb = [0, 0, 0];
  let pixels = 0;
  let images = 0;
  for (const part of parts) {
    for (const channel of RGB_CHANNELS) {
      sum[channel] += part.sum[channel];
      sumSquares[channel] += part.sumSquares[channel];
    }
    pixels += part.pixels;
    images += part.images;
  }
  return statsFromSums({ sum, sumSquares, pixels, images });
}

export function statsFromSums({ sum, sumSquares, pixels, images }: PixelSums & { images: number }): ImageStats {
  if (!(pixels > 0)) throw new Error('image stats: no pixel was counted');
  const mean = sum.map((value) => value / pixels) as Rgb;
  // E[x²] − mean² can dip a few ulps below zero for a uniform channel.
  const std = mean.map((channelMean, channel) => Math.sqrt(Math.max(0, sumSquares[channel]! / pixels - channelMean ** 2))) as Rgb;
  return { mean, std, sum: [...sum], sumSquares: [...sumSquares], pixels, images };
}
