import { mkdir } from 'node:fs/promises';
import {
  accumulateStats,
  datasetLayout,
  MULTI_LABEL_COLUMNS,
  MULTI_LABEL_CSV,
  toCsvCell,
  writeFileAtomic,
  writeStatsFiles,
  type DatasetLayout,
  type PixelSums,
  type RecordedSettings,
} from '@hx4/core';
import { featureCacheLine, type ImageFeatures } from '../features/index.js';
import { AtomicTextFile, csvField, csvHeader } from '../output/index.js';
import { scaledPixelSums, TOTALS_PER_IMAGE } from '../rows/index.js';
import { benchCopyOf, benchId, benchImage, benchRow, type BenchPlace } from './benchRow.js';
import { benchRunSummary } from './benchRunSummary.js';

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

/** Byte sums r, g, b, squared sums r, g, b, and the pixel count of one image. */
const SETTINGS: RecordedSettings = { window: { start: '1900-01-01', end: '1970-12-31' }, thumbnailSize: [512, 512] };

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
    const layout = datasetLayout(baseDir, dataset);
    const count = rowsPerArchive + (archive < rows % archives ? 1 : 0);
    await mkdir(layout.state, { recursive: true });
    const totals = await writeRows(layout, count, { seed, archive, rowsPerArchive, duplicateShare }, planted);
    await writeStatsFiles(layout.root, accumulateStats(pixelSumsOf(totals)));
    const summary = benchRunSummary({ archive: `bench-${archive}`, dataset, rows: count, settings: SETTINGS });
    await writeFileAtomic(layout.runSummary, `${JSON.stringify(summary, null, 2)}\n`);
    datasets.push(dataset);
  }
  return { baseDir, datasets, rows, planted };
}

/**
 * Writes one archive's CSV, image manifest and feature cache a row at a time, counting its planted
 * copies, so a bench of any size is generated in little memory. Returns its images' byte sums,
 * TOTALS_PER_IMAGE numbers each.
 */
async function writeRows(
  layout: DatasetLayout,
  count: number,
  archive: Omit<BenchPlace, 'row'>,
  planted: MergeBenchInput['planted'],
): Promise<Float64Array> {
  const csv = new AtomicTextFile(layout.file(MULTI_LABEL_CSV));
  const manifest = new AtomicTextFile(layout.imageManifest);
  const cache = new AtomicTextFile(layout.featureCache);
  const files = [csv, manifest, cache];
  const totals = new Float64Array(count * TOTALS_PER_IMAGE);
  csv.write(`${csvHeader(MULTI_LABEL_COLUMNS)}\n`);
  try {
    for (let row = 0; row < count; row++) {
      const place: BenchPlace = { ...archive, row };
      const image = benchImage(place);
      const copy = benchCopyOf(place);
      if (copy) planted[copy.kind]++;
      const record = benchRow(layout.root, layout.name, place, image.url);
      csv.write(`${MULTI_LABEL_COLUMNS.map((column) => csvField(toCsvCell(record[column]))).join(',')}\n`);
      manifest.write(manifestLine(benchId(place.archive, row), image));
      cache.write(featureCacheLine(benchId(place.archive, row), image));
      totals.set([...image.sum, ...image.sumSquares, image.pixels], row * TOTALS_PER_IMAGE);
      for (const file of files) if (file.full) await file.flush();
    }
    for (const file of files) await file.commit();
  } catch (error) {
    await Promise.all(files.map((file) => file.discard()));
    throw error;
  }
  return totals;
}

function manifestLine(id: string, { url, width, height, sha256 }: ImageFeatures & { url: string }): string {
  return `${JSON.stringify({ id, url, status: 'ok', attempts: 1, bytes: 40_000, width, height, sha256, settings: 'bench' })}\n`;
}

/** Pixel sums scaled to [0, 1] as core's statistics take them, image by image. */
function* pixelSumsOf(totals: Float64Array): Generator<PixelSums> {
  for (let at = 0; at < totals.length; at += TOTALS_PER_IMAGE) {
    const sums = scaledPixelSums(totals.subarray(at, at + TOTALS_PER_IMAGE));
    if (sums) yield sums;
  }
}
