import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  compareAscending,
  datasetLayout,
  hx4Version,
  writeFileAtomic,
  writeStatsFiles,
  type ImageStats,
  type MergedRunSummary,
} from '@hx4/core';
import { findDuplicates } from './dedup/index.js';
import { discoverDatasets } from './discovery/index.js';
import { FeatureStore } from './features/index.js';
import { logDiscovery } from './logDiscovery.js';
import { PartialMergeError } from './PartialMergeError.js';
import { resolveMergeOptions, type MergeOptions } from './MergeOptions.js';
import { mergedColumns, mergedItems, mergedStats, splitMergedRows, writeMergedTables } from './output/index.js';
import { readSources } from './readSources.js';
import { MergedGroups } from './rows/index.js';

/**
 * `hx4 merge`: the per-archive datasets under `baseDir` → one de-duplicated dataset in
 * `baseDir/HISTORY_X<N>` (N = datasets merged) with the file set of a single archive. Sources are
 * streamed twice (find the duplicates, then write), holding only compact keys per row in between.
 */
export async function mergeDatasets(options: MergeOptions): Promise<MergedRunSummary> {
  const settings = resolveMergeOptions(options);
  const { reporter } = settings;
  const timingsMs: Record<string, number> = {};
  const timed = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      timingsMs[stage] = Math.round(performance.now() - started);
    }
  };

  const discovery = await timed('discover', () => discoverDatasets(settings.baseDir, settings));
  logDiscovery(discovery, reporter);
  const missing = settings.expectedArchives
    .filter((archive) => !discovery.datasets.some((source) => source.archive === archive))
    .map((archive) => ({ dataset: archive, reason: 'missing: no finished dataset of this archive' }));
  const leftOut = [...discovery.skipped, ...missing];
  if (leftOut.length > 0 && !settings.allowPartial) throw new PartialMergeError(leftOut);
  if (discovery.datasets.length === 0) throw new Error(`nothing to merge in ${resolve(settings.baseDir)}: no dataset folder qualifies`);
  const features = new FeatureStore({ workers: settings.workers, reporter });
  const read = await timed('read', () =>
    readSources(discovery.datasets, { features, decodeAll: settings.perceptualThreshold !== null, reporter }),
  );
  const { table, sources } = read;
  if (read.failed.length > 0 && !settings.allowPartial) throw new PartialMergeError(read.failed);
  const [firstSource] = sources;
  if (firstSource === undefined) throw new Error(`nothing to merge in ${resolve(settings.baseDir)}: every dataset failed`);

  const unionFind = await timed('dedup', () => findDuplicates(table, settings.perceptualThreshold));
  const groups = new MergedGroups({ table, groups: unionFind, datasetNames: sources.map((source) => source.dataset) });
  const { url, bytes, perceptual } = unionFind.counts;
  reporter.log(
    'info',
    `${table.size} rows → ${groups.keptCount}: merged ${url} by URL, ${bytes} by identical bytes, ${perceptual} by perceptual hash`,
  );

  const output = datasetLayout(settings.baseDir, `HISTORY_X${sources.length}`);
  await mkdir(output.outputs, { recursive: true });
  const splits = await timed('split', () => splitMergedRows(groups, settings));
  const columns = mergedColumns(sources.map((source) => source.columns));
  const chunks = await timed('write', () =>
    writeMergedTables(
      output.root,
      columns,
      splits,
      settings.chunkSize,
      mergedItems(sources, table, groups, (done, total) => reporter.progress('write', done, total)),
    ),
  );
  const stats = await timed('stats', async (): Promise<ImageStats | null> => {
    try {
      return await mergedStats({ sources, table, groups, features, imgMeanStd: settings.imgMeanStd, reporter });
    } catch (error) {
      reporter.log('warn', `no merged image statistics: ${(error as Error).message}`);
      return null;
    }
  });
  if (stats) await writeStatsFiles(output.root, stats);
  else for (const file of Object.values(output.statsFiles)) await rm(file, { force: true });

  const keptPerSource = sources.map(() => 0);
  // sourceOf indexes the sources read.
  for (let row = 0; row < table.size; row++) if (groups.isKept(row)) keptPerSource[table.sourceOf(row)]!++;
  const summary: MergedRunSummary = {
    version: 1,
    kind: 'merged',
    hx4: hx4Version,
    dataset: output.name,
    settings: {
      thumbnailSize: firstSource.thumbnailSize,
      perceptualThreshold: settings.perceptualThreshold,
      valFraction: settings.valFraction,
      seed: settings.seed,
      chunkSize: settings.chunkSize,
    },
    // read.rows and keptPerSource are per source read, in the order of `sources`.
    sources: sources.map((source, i) => ({
      archive: source.archive,
      dataset: source.dataset,
      rows: read.rows[i]!,
      kept: keptPerSource[i]!,
    })),
    skipped: [...leftOut, ...read.failed].sort((a, b) => compareAscending(a.dataset, b.dataset)),
    duplicates: { ...unionFind.counts },
    images: { ...features.counts },
    final: {
      multiLabel: groups.keptCount,
      singleLabel: groups.keptCount,
      singleLabelTrain: splits.counts.singleTrain,
      singleLabelVal: splits.counts.singleVal,
      singleLabelLeftOut: splits.counts.singleLeftOut,
      multiLabelTrain: splits.counts.multiTrain,
      multiLabelVal: splits.counts.multiVal,
      multiLabelLeftOut: splits.counts.multiLeftOut,
      labels: splits.labels,
      chunks,
    },
    ...(stats ? { stats: { mean: stats.mean, std: stats.std, images: stats.images, pixels: stats.pixels } } : {}),
    timingsMs,
  };
  await writeFileAtomic(output.runSummary, `${JSON.stringify(summary, null, 2)}\n`);
  reporter.log('info', `wrote ${output.root}: ${groups.keptCount} rows from ${sources.length} datasets`);
  return summary;
}
