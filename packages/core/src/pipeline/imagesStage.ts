import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import { ImageManifest, storeImages } from '../images/index.js';
import type { CollectOptions } from './CollectOptions.js';
import { recordImageOutcomes } from './recordImageOutcomes.js';
import type { ImageToStore } from './rowsStage.js';
import type { RunSummary } from './RunSummary.js';
import { sortKeys } from './sortKeys.js';

/** Downloads, validates and stores every row's image; failures land in `logs/failed_downloads.csv`. */
export async function imagesStage(
  options: CollectOptions,
  layout: DatasetLayout,
  rows: ImageToStore[],
): Promise<{ manifest: ImageManifest; summary: NonNullable<RunSummary['images']> }> {
  const manifest = await ImageManifest.load(layout.imageManifest);
  // Earlier failures this run tries again, to report what the retry changed.
  const retrying = rows.filter((row) => {
    const entry = manifest.get(row.id);
    return entry?.status === 'failed' && entry.url === row.img_url && (options.retryFailed === 'all' || entry.transient);
  });
  const result = await storeImages(
    rows.map((row) => ({ id: row.id, url: row.img_url })),
    {
      http: options.http,
      imagesDir: layout.images,
      tmpDir: layout.tmp,
      manifest,
      settings: options.images,
      concurrency: options.workers,
      retryFailed: options.retryFailed,
      onProgress: (done, total) => options.reporter.progress('images', done, total),
      onFailure: (entry) => options.reporter.log('debug', `image ${entry.id} failed: ${entry.reason} (${entry.url})`),
    },
  );
  await manifest.compact();
  const { formats, failedExamples } = await recordImageOutcomes(layout, rows, manifest);
  const recovered = retrying.filter((row) => manifest.get(row.id)?.status === 'ok').length;
  if (retrying.length > 0) {
    options.reporter.log(
      'info',
      `retried ${retrying.length} earlier failures: ${recovered} now stored, ${retrying.length - recovered} still failing`,
    );
  }
  return {
    manifest,
    summary: {
      ok: result.ok,
      reused: result.reused,
      downloaded: result.downloaded,
      failed: sortKeys(result.failed),
      failedExamples: sortKeys(failedExamples),
      formats: sortKeys(formats),
      retried: { attempted: retrying.length, recovered },
    },
  };
}
