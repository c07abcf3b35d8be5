import { rm } from 'node:fs/promises';
import { createDatasetFolders, datasetFolderName, datasetLayout, type DatasetLayout } from '../dataset/DatasetLayout.js';
import { removeStaleTempFiles, writeFileAtomic } from '../fs/writeFileAtomic.js';
import { computeImageStats, writeStatsFiles } from '../stats/index.js';
import { forgetLanguageModel } from '../text/languageModel.js';
import { hx4Version } from '../version.js';
import { resolveCollectOptions, type CollectOptions, type CollectRequest } from './CollectOptions.js';
import { collectGarbage } from './collectGarbage.js';
import { datasetSettings } from './datasetSettings.js';
import { finalStage } from './finalStage.js';
import { harvestStage } from './harvestStage.js';
import { imagesStage } from './imagesStage.js';
import { rowsStage } from './rowsStage.js';
import type { RunSummary } from './RunSummary.js';

export function collectLayout(options: Pick<CollectOptions, 'adapter' | 'baseDir' | 'window'>): DatasetLayout {
  return datasetLayout(options.baseDir, datasetFolderName(options.adapter.datasetName, options.window));
}

/**
 * One archive, query labels to train/val CSVs: harvest → rows → images → final CSVs → stats.
 * Every stage is resumable: network work is cached (hits/, the image manifest) and everything else
 * is rebuilt from it, so a killed run rerun gives the same dataset as an uninterrupted one.
 */
export async function collect(request: CollectRequest): Promise<RunSummary> {
  const options = resolveCollectOptions(request);
  const { reporter } = options;
  const layout = collectLayout(options);
  await createDatasetFolders(layout);
  // A killed run may have left temp files beside the files it was replacing; they are never read.
  for (const dir of [layout.root, layout.hits, layout.detailPages, layout.state, layout.logs, layout.outputs, layout.images]) {
    await removeStaleTempFiles(dir);
  }
  const timingsMs: Record<string, number> = {};
  const timed = async <T>(stage: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    reporter.log('info', `${stage}…`);
    try {
      return await run();
    } finally {
      timingsMs[stage] = Math.round(performance.now() - started);
    }
  };

  const hits = await timed('harvest', () => harvestStage(options, layout));
  const { images: imagesToStore, summary: rowSummary } = await timed('rows', () => rowsStage(options, layout));
  // Adapters, the language model's only users in a collection, are done: free it and the records' garbage
  // before the image work.
  forgetLanguageModel();
  collectGarbage();
  reporter.log('info', `${rowSummary.accepted} records accepted, ${rowSummary.images} distinct images`);
  for (const [reason, count] of Object.entries(rowSummary.dropped)) {
    const examples = rowSummary.dropExamples[reason].map(({ id, url }) => (url ? `${id ?? '(no id)'} ${url}` : (id ?? '(no id)')));
    reporter.log('info', `dropped ${count} × ${reason}; e.g. ${examples.join(', ')}`);
  }
  const summary: RunSummary = {
    version: 1,
    hx4: hx4Version,
    archive: options.adapter.id,
    dataset: layout.name,
    // The same settings however the dataset was made (a library call or the CLI); the caller's only add to them.
    settings: { ...options.callerSettings, ...datasetSettings(options) },
    hits,
    rows: rowSummary,
    politeness: [],
    timingsMs,
    complete: hits.failedQueries.length === 0 && hits.budget?.exhausted !== true,
  };
  if (!options.metadataOnly) {
    const images = await timed('images', () => imagesStage(options, layout, imagesToStore));
    summary.images = images.summary;
    for (const [reason, count] of Object.entries(images.summary.failed)) {
      const examples = (images.summary.failedExamples[reason] ?? []).map(({ id, url }) => `${id} ${url}`);
      reporter.log('info', `images failed ${count} × ${reason}${examples.length > 0 ? `; e.g. ${examples.join(', ')}` : ''}`);
    }
    reporter.log('info', `image URLs sent: ${Object.entries(images.summary.formats).map(([format, count]) => `${format} ${count}`).join(', ') || 'nothing yet'}`);
    const final = await timed('final', () => finalStage(options, layout, images.manifest));
    summary.final = final.summary;
    if (options.imgMeanStd && final.imagePaths.length > 0) {
      const stats = await timed('stats', () => computeImageStats(final.imagePaths, { concurrency: options.workers }));
      await writeStatsFiles(layout.root, stats);
      summary.stats = { mean: stats.mean, std: stats.std, images: stats.images, pixels: stats.pixels };
    }
    await rm(layout.tmp, { recursive: true, force: true });
  }
  summary.politeness = options.http.hostStats();
  await writeFileAtomic(layout.runSummary, `${JSON.stringify(summary, null, 2)}\n`);
  // What the caller does next (the CLI writes the dataset card) starts without this run's garbage.
  collectGarbage();
  return summary;
}
