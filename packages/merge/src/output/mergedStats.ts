import { resolve } from 'node:path';
import { accumulateStats, ImageManifest, mergeStats, readStatsFile, type ImageStats, type PixelSums, type Reporter } from '@hx4/core';
import type { DatasetSource } from '../discovery/index.js';
import { featureJobList, type FeatureStore } from '../features/index.js';
import type { MergedGroups, RowTable } from '../rows/index.js';

export interface MergedStatsInput {
  sources: readonly DatasetSource[];
  table: RowTable;
  groups: MergedGroups;
  features: FeatureStore;
  /** Compute the sums of a source without a usable stats.json from its images, instead of giving up. */
  imgMeanStd: boolean;
  reporter: Reporter;
}

/**
 * RGB mean and std of exactly the merged rows' images, from sums alone: each source's `stats.json`
 * sums (pixel sums are additive) minus the per-image sums of its rows merged away as duplicates,
 * which the perceptual-hash pass recorded when it decoded them. No image is read for this unless a
 * source has no usable stats.json (then, with `imgMeanStd`, its rows' sums are used) or an image was
 * never decoded before. Null when the statistics cannot be had.
 */
export async function mergedStats(input: MergedStatsInput): Promise<ImageStats | null> {
  const { sources, table, groups, reporter } = input;
  const rowsOf = sources.map((): number[] => []);
  // sourceOf indexes the sources read.
  for (let row = 0; row < table.size; row++) rowsOf[table.sourceOf(row)]!.push(row);
  const parts: ImageStats[] = [];
  for (const [index, source] of sources.entries()) {
    const rows = rowsOf[index]!;
    // Every row of it merged into rows of other sources: it adds no image.
    if (!rows.some((row) => groups.isKept(row))) continue;
    const stats = await usableStats(source, rows.length);
    if (typeof stats === 'string' && !input.imgMeanStd) {
      reporter.log('info', `no merged image statistics: ${source.dataset} ${stats} (collect with --img-mean-std, or merge with it)`);
      return null;
    }
    const fromImages = typeof stats === 'string';
    const wanted = rows.filter((row) => (fromImages ? groups.isKept(row) : !groups.isKept(row)));
    const sums = await rowSums(input, source, wanted, rows);
    if (fromImages) {
      reporter.log('info', `${source.dataset} ${stats}: its statistics come from its images`);
      if (sums.length > 0) parts.push(accumulateStats(sums));
    } else {
      parts.push(sums.length > 0 ? mergeStats(stats, negated(accumulateStats(sums))) : stats);
    }
  }
  return mergeStats(...parts);
}

/** The source's stats.json when it covers exactly its CSV rows, else why not. */
async function usableStats(source: DatasetSource, rows: number): Promise<ImageStats | string> {
  let stats: ImageStats;
  try {
    stats = await readStatsFile(source.layout.root);
  } catch {
    return 'has no readable stats.json';
  }
  return stats.images === rows ? stats : `has a stats.json of ${stats.images} images for ${rows} rows`;
}

/** Per-image sums of `wanted` rows: recorded by pass 1, else from the feature cache or the image. */
async function rowSums(input: MergedStatsInput, source: DatasetSource, wanted: number[], sourceRows: number[]): Promise<PixelSums[]> {
  const { table, features } = input;
  const missing = wanted.filter((row) => table.pixelSums(row) === null);
  if (missing.length > 0) {
    const manifest = await ImageManifest.load(source.layout.imageManifest);
    const ids = new Set(sourceRows.map((row) => table.idOf(row)));
    const jobs = missing.map((row) => ({
      id: table.idOf(row),
      path: resolve(source.layout.root, table.fileName(row)),
      sha256: manifest.get(table.idOf(row))?.sha256 ?? null,
    }));
    await features.features(
      source.layout.featureCache,
      // One job per missing row, in its order.
      featureJobList(jobs, (i, found) => table.setFeatures(missing[i]!, found)),
      (id) => ids.has(id),
    );
  }
  return wanted.map((row) => table.pixelSums(row)!);
}

/** Sums are additive, so taking images out of a set is adding their negation. */
function negated(stats: ImageStats): ImageStats {
  const minus = (values: number[]) => values.map((value) => -value) as ImageStats['sum'];
  return { ...stats, sum: minus(stats.sum), sumSquares: minus(stats.sumSquares), pixels: -stats.pixels, images: -stats.images };
}
