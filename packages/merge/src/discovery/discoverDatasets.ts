import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compareAscending, datasetLayout, describeThumbnailSize, type SkippedDataset } from '@hx4/core';
import type { DatasetSource, Discovery } from './DatasetSource.js';
import { inspectDataset, MERGE_OUTPUT, NOT_A_DATASET, type InspectOptions } from './inspectDataset.js';

/**
 * The dataset folders directly under `baseDir` that can be merged, in name order, and the ones left
 * out with the reason. A folder is a dataset when its `run-summary.json` says so (unfinished and
 * metadata-only runs are left out; merge outputs are set apart); datasets whose thumbnail size differs from the
 * majority's are left out too, since their images and statistics would not be comparable.
 */
export async function discoverDatasets(baseDir: string, options: InspectOptions = {}): Promise<Discovery> {
  const base = resolve(baseDir);
  let entries;
  try {
    entries = await readdir(base, { withFileTypes: true });
  } catch (error) {
    throw new Error(`cannot read the dataset folder ${base}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      cause: error,
    });
  }
  const folders = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort(compareAscending);
  const candidates: DatasetSource[] = [];
  const skipped: SkippedDataset[] = [];
  const mergeOutputs: string[] = [];
  for (const dataset of folders) {
    const inspected = await inspectDataset(datasetLayout(base, dataset), options);
    if (inspected === MERGE_OUTPUT) mergeOutputs.push(dataset);
    else if (inspected === NOT_A_DATASET) continue;
    else if (typeof inspected === 'string') skipped.push({ dataset, reason: inspected });
    else candidates.push(inspected);
  }
  const majority = majorityThumbnailSize(candidates);
  const datasets = candidates.filter((source) => {
    const size = describeThumbnailSize(source.thumbnailSize);
    if (size === majority.size) return true;
    skipped.push({
      dataset: source.dataset,
      reason: `thumbnail size ${size} differs from the ${majority.size} of ${majority.count} of the ${candidates.length} datasets`,
    });
    return false;
  });
  skipped.sort((a, b) => compareAscending(a.dataset, b.dataset));
  return { datasets, skipped, mergeOutputs };
}

/** The thumbnail size most datasets share; a tie goes to the size of the first such dataset by name. */
function majorityThumbnailSize(sources: readonly DatasetSource[]): { size: string; count: number } {
  const counts = new Map<string, number>();
  for (const source of sources) {
    const size = describeThumbnailSize(source.thumbnailSize);
    counts.set(size, (counts.get(size) ?? 0) + 1);
  }
  let best = { size: '', count: 0 };
  for (const [size, count] of counts) if (count > best.count) best = { size, count };
  return best;
}
