import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { statsFromSums, type ImageStats, type Rgb } from './ImageStats.js';
import { STATS_JSON_FILE } from './writeStatsFiles.js';

/** Reads a dataset's `stats.json` (see {@link writeStatsFiles}); mean and std are re-derived from the sums. */
export async function readStatsFile(datasetDir: string): Promise<ImageStats> {
  const path = join(datasetDir, STATS_JSON_FILE);
  let parsed: Partial<Record<keyof ImageStats, unknown>> | null;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as typeof parsed;
  } catch (error) {
    throw new Error(`cannot read image stats ${path}: ${(error as Error).message}`, { cause: error });
  }
  const { sum, sumSquares, pixels, images } = parsed ?? {};
  if (!isRgb(sum) || !isRgb(sumSquares) || !isCount(pixels) || !isCount(images)) {
    throw new Error(`${path} is not an image stats file: it needs sum and sumSquares [r, g, b], pixels and images counts`);
  }
  return statsFromSums({ sum, sumSquares, pixels, images });
}

function isRgb(value: unknown): value is Rgb {
  return Array.isArray(value) && value.length === 3 && value.every((x) => typeof x === 'number' && Number.isFinite(x));
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
