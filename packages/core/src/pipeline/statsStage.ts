import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import { computeImageStats, writeStatsFiles } from '../stats/index.js';
import type { CollectOptions } from './CollectOptions.js';
import type { RunSummary } from './RunSummary.js';

/** RGB mean/std over exactly the final rows' images (`--img-mean-std`): the stats files and their summary. */
export async function statsStage(
  options: CollectOptions,
  layout: DatasetLayout,
  imagePaths: readonly string[],
): Promise<RunSummary['stats']> {
  const stats = await computeImageStats([...imagePaths], { concurrency: options.workers });
  await writeStatsFiles(layout.root, stats);
  return { mean: stats.mean, std: stats.std, images: stats.images, pixels: stats.pixels };
}
