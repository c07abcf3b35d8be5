import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import type { ImageManifest } from '../images/index.js';
import { writeCsv } from '../tables/index.js';
import { EXAMPLES_PER_REASON } from './DropTally.js';
import type { ImageToStore } from './rowsStage.js';
import type { ImageFailureExample } from './RunSummary.js';

const FAILED_DOWNLOADS_COLUMNS = ['id', 'img_url', 'reason', 'transient', 'attempts'] as const;

/**
 * The rows' image outcomes as the manifest has them: failures to `logs/failed_downloads.csv`, and what the
 * archive's URLs sent (`formats`) with the first failures of each reason, for run-summary.json.
 */
export async function recordImageOutcomes(
  layout: DatasetLayout,
  rows: readonly ImageToStore[],
  manifest: ImageManifest,
): Promise<{ formats: Record<string, number>; failedExamples: Record<string, ImageFailureExample[]> }> {
  const failures = rows.flatMap((row) => {
    const entry = manifest.get(row.id);
    return entry?.status === 'failed'
      ? [
          {
            id: row.id,
            img_url: row.img_url,
            reason: entry.reason ?? 'unknown',
            transient: entry.transient ? 'yes' : 'no',
            attempts: entry.attempts,
          },
        ]
      : [];
  });
  await writeCsv(layout.failedDownloads, FAILED_DOWNLOADS_COLUMNS, failures);
  const formats: Record<string, number> = {};
  const failedExamples: Record<string, ImageFailureExample[]> = {};
  for (const row of rows) {
    const entry = manifest.get(row.id);
    if (entry?.format !== undefined) formats[entry.format] = (formats[entry.format] ?? 0) + 1;
    if (entry?.status !== 'failed') continue;
    const examples = (failedExamples[entry.reason ?? 'unknown'] ??= []);
    if (examples.length < EXAMPLES_PER_REASON) examples.push({ id: row.id, url: row.img_url });
  }
  return { formats, failedExamples };
}
