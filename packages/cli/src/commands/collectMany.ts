import { join } from 'node:path';
import { writeFileAtomic, type RunSummary } from '@hx4/core';
import type { ArchiveEntry } from '../installedArchives.js';
import type { CollectArgs, CollectSettings } from '../options/resolveCollectSettings.js';
import { formatCollectionTable } from '../reporter/formatCollectionTable.js';
import { isInteractive } from '../reporter/isInteractive.js';
import { StatusArea } from '../reporter/StatusArea.js';
import { collectArchive } from './collectArchive.js';

export const COLLECTION_SUMMARY_JSON = 'collection-summary.json';

export interface ArchiveOutcome {
  archive: string;
  dataset: string | null;
  ok: boolean;
  rows: number;
  images: number;
  failedImages: number;
  seconds: number;
  error?: string;
}

/**
 * Several archives side by side: each has its own hosts and politeness limits, so running them
 * concurrently is safe. One archive's failure never stops the others; the exit code says if any failed.
 */
export async function collectMany(runs: { entry: ArchiveEntry; settings: CollectSettings }[], args: CollectArgs): Promise<number> {
  const area = isInteractive() ? new StatusArea(process.stderr) : undefined;
  const outcomes = await Promise.all(
    runs.map(async ({ entry, settings }): Promise<ArchiveOutcome> => {
      const started = performance.now();
      const seconds = () => Math.round((performance.now() - started) / 100) / 10;
      try {
        const summary = await collectArchive({ adapter: entry.adapter, settings, args, prefix: entry.adapter.id, sharedArea: area });
        return outcomeOf(entry.adapter.id, summary, seconds());
      } catch (error) {
        const message = (error as Error).message.split('\n')[0];
        return {
          archive: entry.adapter.id,
          dataset: null,
          ok: false,
          rows: 0,
          images: 0,
          failedImages: 0,
          seconds: seconds(),
          error: message,
        };
      }
    }),
  );
  area?.close();
  // Every archive of one command collects into the same base folder.
  const baseDir = runs[0]?.settings.baseDir;
  if (baseDir === undefined) throw new Error('collectMany was given no archive');
  for (const line of formatCollectionTable(outcomes)) process.stderr.write(`${line}\n`);
  await writeFileAtomic(
    join(baseDir, COLLECTION_SUMMARY_JSON),
    `${JSON.stringify({ version: 1, ok: outcomes.every((o) => o.ok), archives: outcomes }, null, 2)}\n`,
  );
  return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
}

function outcomeOf(archive: string, summary: RunSummary, seconds: number): ArchiveOutcome {
  const failedImages = Object.values(summary.images?.failed ?? {}).reduce((sum, count) => sum + count, 0);
  return {
    archive,
    dataset: summary.dataset,
    ok: summary.complete,
    rows: summary.final?.multiLabel ?? summary.rows.images,
    images: summary.images?.ok ?? 0,
    failedImages,
    seconds,
    ...(summary.complete ? {} : { error: `${summary.hits.failedQueries.length} queries not finished` }),
  };
}
