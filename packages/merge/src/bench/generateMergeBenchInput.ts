import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { accumulateStats, MULTI_LABEL_COLUMNS, MULTI_LABEL_CSV, RUN_SUMMARY_JSON, writeCsv, writeFileAtomic, writeStatsFiles, type PixelSums } from '@hx4/core';
import { FEATURE_CACHE_FILE, featureCacheLine, type ImageFeatures } from '../features/index.js';
import { benchCopyOf, benchId, benchImage, benchRow, type BenchPlace } from './benchRow.js';

export interface MergeBenchInputOptions {
  archives?: number;
  /** Rows over all archives. */
  rows?: number;
  /** Share of the rows of every archive but the first that repeat an image of an earlier archive. */
  duplicateShare?: number;
  seed?: number;
}

export interface MergeBenchInput {
  baseDir: string;
  datasets: string[];
  rows: number;
  /** Rows planted as copies of an earlier archive's row, by kind. */
  planted: { url: number; bytes: number; perceptual: number };
}

const SETTINGS = { window: { start: '1900-01-01', end: '1970-12-31' }, thumbnailSize: [512, 512] };

/**
 * Writes `archives` dataset folders under `baseDir` as collect leaves them (run summary, multi-label
 * CSV, image manifest, stats.json) with planted duplicates of all three kinds, for `npm run bench`.
 * No image files are written: each dataset's feature cache (`state/phash.jsonl`) is filled as a first
 * merge would have left it, so the bench measures the merge itself (streaming, de-duplication,
 * splitting, writing) as on a rerun, not JPEG decoding.
 */
export async function generateMergeBenchInput(baseDir: string, options: MergeBenchInputOptions = {}): Promise<MergeBenchInput> {
  const { archives = 6, rows = 300_000, duplicateShare = 0.1, seed = 7 } = options;
  if (!(Number.isInteger(archives) && archives > 0 && Number.isInteger(rows) && rows >= archives)) {
    throw new Error(`a merge bench needs whole numbers of archives (> 0) and rows (>= archives), got ${archives} and ${rows}`);
  }
  const planted = { url: 0, bytes: 0, perceptual: 0 };
  const datasets: string[] = [];
  const rowsPerArchive = Math.floor(rows / archives);
  for (let archive = 0; archive < archives; archive++) {
    const dataset = `BENCH_ARCHIVE_${String(archive).padStart(2, '0')}_1900-01-01_1970-12-31`;
    const root = join(baseDir, dataset);
    const count = rowsPerArchive + (archive < rows % archives ? 1 : 0);
    const places = Array.from({ length: count }, (_, row): BenchPlace => ({ seed, archive, row, rowsPerArchive, duplicateShare }));
    const images = places.map(benchImage);
    for (const place of places) {
      const copy = benchCopyOf(place);
      if (copy) planted[copy.kind]++;
    }
    await mkdir(join(root, 'state'), { recursive: true });
    const csvRows = function* () {
      for (const [row, place] of places.entries()) yield benchRow(root, dataset, place, images[row].url);
    };
    await writeCsv(join(root, MULTI_LABEL_CSV), MULTI_LABEL_COLUMNS, csvRows());
    await writeFileAtomic(join(root, 'state', 'images.jsonl'), images.map((image, row) => manifestLine(benchId(archive, row), image)).join(''));
    await writeFileAtomic(join(root, 'state', FEATURE_CACHE_FILE), images.map((image, row) => featureCacheLine(benchId(archive, row), image)).join(''));
    await writeStatsFiles(root, accumulateStats(images.map(pixelSumsOf)));
    const summary = { version: 1, hx4: 'bench', archive: `bench-${archive}`, dataset, settings: SETTINGS, final: { multiLabel: count }, timingsMs: {}, complete: true };
    await writeFileAtomic(join(root, RUN_SUMMARY_JSON), `${JSON.stringify(summary, null, 2)}\n`);
    datasets.push(dataset);
  }
  return { baseDir, datasets, rows, planted };
}

function manifestLine(id: string, { url, width, height, sha256 }: ImageFeatures & { url: string }): string {
  return `${JSON.stringify({ id, url, status: 'ok', attempts: 1, bytes: 40_000, width, height, sha256, settings: 'bench' })}\n`;
}

function pixelSumsOf({ sum, sumSquares, pixels }: ImageFeatures): PixelSums {
  return {
    sum: [sum[0] / 255, sum[1] / 255, sum[2] / 255],
    sumSquares: [sumSquares[0] / 255 ** 2, sumSquares[1] / 255 ** 2, sumSquares[2] / 255 ** 2],
    pixels,
  };
}
