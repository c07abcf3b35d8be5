import { availableParallelism } from 'node:os';
import { statsFromSums, type ImageStats } from './ImageStats.js';
import { rgbByteTotals } from './rgbByteTotals.js';

export interface ComputeImageStatsOptions {
  /** Images decoded at once; each holds one raw RGB buffer in memory. Default: the number of CPUs. */
  concurrency?: number;
}

/**
 * Pooled RGB statistics of the images at `paths` (duplicates count twice), decoded a few at a time
 * so memory stays flat however many there are. Totals are kept as exact integers until the end, so
 * the result does not depend on which image finished decoding first. A file that cannot be decoded
 * fails the whole computation rather than silently counting as black (the reference's behaviour).
 */
export async function computeImageStats(
  paths: Iterable<string> | AsyncIterable<string>,
  { concurrency = availableParallelism() }: ComputeImageStatsOptions = {},
): Promise<ImageStats> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`computeImageStats: concurrency must be a positive integer, got ${concurrency}`);
  }
  const sum: [bigint, bigint, bigint] = [0n, 0n, 0n];
  const sumSquares: [bigint, bigint, bigint] = [0n, 0n, 0n];
  let pixels = 0;
  let images = 0;
  const nextPath = serialPuller(paths);
  let failed = false;
  const worker = async () => {
    while (!failed) {
      const next = await nextPath();
      if (next.done) return;
      try {
        const totals = await rgbByteTotals(next.value);
        for (const channel of [0, 1, 2] as const) {
          sum[channel] += BigInt(totals.sum[channel]);
          sumSquares[channel] += BigInt(totals.sumSquares[channel]);
        }
        pixels += totals.pixels;
        images++;
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statsFromSums({
    sum: [Number(sum[0]) / 255, Number(sum[1]) / 255, Number(sum[2]) / 255],
    sumSquares: [Number(sumSquares[0]) / 255 ** 2, Number(sumSquares[1]) / 255 ** 2, Number(sumSquares[2]) / 255 ** 2],
    pixels,
    images,
  });
}

/** Hands out the items one `next()` at a time, so workers sharing a hand-written async iterator never overlap its calls. */
function serialPuller<T>(items: Iterable<T> | AsyncIterable<T>): () => Promise<IteratorResult<T>> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  let previous: Promise<unknown> = Promise.resolve();
  return () => {
    const result = previous.then(() => iterator.next());
    previous = result.catch(() => undefined);
    return result;
  };
}
