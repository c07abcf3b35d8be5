import { rm } from 'node:fs/promises';
import { datasetFolderName, datasetLayout, type DatasetLayout } from '../dataset/DatasetLayout.js';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import { forgetLanguageModel } from '../text/languageModel.js';
import { resolveCollectOptions, type CollectOptions, type CollectRequest } from './CollectOptions.js';
import { collectGarbage } from '../memory/collectGarbage.js';
import { withSmallHeap, withSteadyHeap } from '../memory/heapPolicy.js';
import { releaseFreeMallocMemory } from '../memory/mallocPolicy.js';
import { finalStage } from './finalStage.js';
import { harvestStage } from './harvestStage.js';
import { imagesStage } from './imagesStage.js';
import { prepareDatasetFolder } from './prepareDatasetFolder.js';
import { rowsStage } from './rowsStage.js';
import type { RunSummary } from './RunSummary.js';
import { runSummaryHead } from './runSummaryHead.js';
import { stageTimer } from './stageTimer.js';
import { statsStage } from './statsStage.js';

export function collectLayout(options: Pick<CollectOptions, 'adapter' | 'baseDir' | 'window'>): DatasetLayout {
  return datasetLayout(options.baseDir, datasetFolderName(options.adapter.datasetName, options.window));
}

/**
 * One archive, query labels to train/val CSVs: harvest → rows → images → final CSVs → stats.
 * Every stage is resumable: network work is cached (hits/, the image manifest) and everything else
 * is rebuilt from it, so a killed run rerun gives the same dataset as an uninterrupted one. The run keeps a
 * steady heap, and the stages that stream records a small one (`memory/`).
 */
export function collect(request: CollectRequest): Promise<RunSummary> {
  return withSteadyHeap(() => collectStages(request));
}

async function collectStages(request: CollectRequest): Promise<RunSummary> {
  const options = resolveCollectOptions(request);
  const { reporter } = options;
  const layout = collectLayout(options);
  await prepareDatasetFolder(layout);
  const timingsMs: Record<string, number> = {};
  const timed = stageTimer(reporter, timingsMs);

  const hits = await timed('harvest', () => harvestStage(options, layout));
  const { images: imagesToStore, summary: rowSummary } = await timed('rows', () => withSmallHeap(() => rowsStage(options, layout)));
  // Adapters, the language model's only users in a collection, are done: free it and the records' garbage
  // before the image work.
  forgetLanguageModel();
  collectGarbage();
  reporter.log('info', `${rowSummary.accepted} records accepted, ${rowSummary.images} distinct images`);
  for (const [reason, count] of Object.entries(rowSummary.dropped)) {
    const examples = (rowSummary.dropExamples[reason] ?? []).map(({ id, url }) => (url ? `${id ?? '(no id)'} ${url}` : (id ?? '(no id)')));
    reporter.log('info', `dropped ${count} × ${reason}; e.g. ${examples.join(', ')}`);
  }
  const summary: RunSummary = {
    ...runSummaryHead(options, layout.name),
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
    reporter.log(
      'info',
      `image URLs sent: ${
        Object.entries(images.summary.formats)
          .map(([format, count]) => `${format} ${count}`)
          .join(', ') || 'nothing yet'
      }`,
    );
    const final = await timed('final', () => withSmallHeap(() => finalStage(options, layout, images.manifest)));
    summary.final = final.summary;
    if (options.imgMeanStd && final.imagePaths.length > 0) {
      summary.stats = await timed('stats', () => statsStage(options, layout, final.imagePaths));
    }
    await rm(layout.tmp, { recursive: true, force: true });
  }
  summary.politeness = options.http.hostStats();
  await writeFileAtomic(layout.runSummary, `${JSON.stringify(summary, null, 2)}\n`);
  // What the caller does next (the CLI writes the dataset card) starts without this run's garbage, and with the
  // memory it freed given back.
  collectGarbage();
  releaseFreeMallocMemory();
  return summary;
}
