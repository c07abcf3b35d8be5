import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import type { ImageStats } from './ImageStats.js';
import { pythonPickleFloatList } from './pythonPickleFloatList.js';

export const STATS_JSON_FILE = 'stats.json';
export const MEAN_PICKLE_FILE = 'img_rgb_mean.gz';
export const STD_PICKLE_FILE = 'img_rgb_std.gz';

/** Byte 9 of a gzip header names the OS; zlib writes the build platform's, so it is pinned to Unix. */
const GZIP_OS_BYTE = 9;
const GZIP_OS_UNIX = 3;

/**
 * Writes `stats.json` and, for the Python training code, `img_rgb_mean.gz` / `img_rgb_std.gz`
 * (gzipped pickles that `pickle.load(gzip.open(f))` turns into `[r, g, b]`). Same stats → same bytes.
 */
export async function writeStatsFiles(datasetDir: string, stats: ImageStats): Promise<void> {
  const { mean, std, sum, sumSquares, pixels, images } = stats;
  const json = JSON.stringify({ mean, std, sum, sumSquares, pixels, images }, null, 2) + '\n';
  await writeFileAtomic(join(datasetDir, MEAN_PICKLE_FILE), gzipPickle(mean));
  await writeFileAtomic(join(datasetDir, STD_PICKLE_FILE), gzipPickle(std));
  await writeFileAtomic(join(datasetDir, STATS_JSON_FILE), json);
}

function gzipPickle(values: readonly number[]): Buffer {
  // Node's gzip header already carries mtime 0, so only the OS byte varies between machines.
  const gzip = gzipSync(pythonPickleFloatList(values));
  gzip[GZIP_OS_BYTE] = GZIP_OS_UNIX;
  return gzip;
}
