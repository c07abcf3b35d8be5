import { describeThumbnailSize, type Reporter } from '@hx4/core';
import type { Discovery } from './discovery/index.js';

/** Says what will be merged, what is left out and why, and what in the sources disagrees without stopping the merge. */
export function logDiscovery({ datasets, skipped, mergeOutputs }: Discovery, reporter: Reporter): void {
  for (const dataset of mergeOutputs) reporter.log('info', `ignoring ${dataset}: an earlier merge output`);
  for (const { dataset, reason } of skipped) reporter.log('warn', `skipping ${dataset}: ${reason}`);
  const [first] = datasets;
  if (first === undefined) return;
  reporter.log(
    'info',
    `merging ${datasets.length} datasets (${describeThumbnailSize(first.thumbnailSize)}): ${datasets.map((source) => source.dataset).join(', ')}`,
  );
  for (const source of datasets) {
    if (!source.complete) reporter.log('warn', `${source.dataset} is an incomplete run; merged because includeIncomplete is set`);
  }
  const windows = new Set(datasets.map((source) => JSON.stringify(source.window ?? null)));
  if (windows.size > 1) {
    const described = datasets.map(
      (source) => `${source.dataset}: ${source.window ? `${source.window.start}..${source.window.end}` : 'no window'}`,
    );
    reporter.log('warn', `the datasets cover different date windows (${described.join('; ')})`);
  }
  const archives = datasets.map((source) => source.archive);
  for (const archive of new Set(archives)) {
    if (archives.indexOf(archive) !== archives.lastIndexOf(archive)) {
      reporter.log('warn', `several datasets come from ${archive}; their shared images are merged as duplicates`);
    }
  }
}
