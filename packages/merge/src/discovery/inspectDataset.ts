import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import {
  compareAscending,
  MULTI_LABEL_CSV,
  RAW_MULTI_LABEL_COLUMNS,
  readCsv,
  readRunSummary,
  RunSummaryError,
  shardsDir,
  type DatasetLayout,
  type DatasetSummary,
} from '@hx4/core';
import type { DatasetSource } from './DatasetSource.js';

export interface InspectOptions {
  includeIncomplete?: boolean;
}

/** A folder whose run summary says it is a merge output; discovery never merges those again. */
export const MERGE_OUTPUT = 'a merge output, not an archive dataset';

/** A folder with neither a run summary nor anything a collect run makes: someone else's, not a dataset left out. */
export const NOT_A_DATASET = 'not a dataset folder';

/** What a collect run creates first: a folder holding one of these is a dataset whose run has not finished. */
const DATASET_FOLDERS = (layout: DatasetLayout) => [layout.hits, layout.state, layout.images, shardsDir(layout)];

/** The shard folders of a dataset not yet joined (`hx4 collect <archive> --join-shards N`), as a reason. */
async function unjoinedShards(layout: DatasetLayout): Promise<string | null> {
  const shards = await readdir(shardsDir(layout)).catch(() => []);
  if (shards.length === 0) return null;
  return `unfinished: shards ${shards.sort(compareAscending).join(', ')} not joined yet (hx4 collect <archive> --join-shards N once every shard has finished)`;
}

/**
 * Reads one folder's `run-summary.json` and the header of its multi-label CSV: a source to merge, or
 * the reason it cannot be one. Names are never guessed from the folder name.
 */
export async function inspectDataset(layout: DatasetLayout, options: InspectOptions): Promise<DatasetSource | string> {
  let read: DatasetSummary;
  try {
    read = await readRunSummary(layout.root);
  } catch (error) {
    if (!(error instanceof RunSummaryError)) throw error;
    if (existsSync(layout.runSummary)) return error.reason;
    return (
      (await unjoinedShards(layout)) ??
      (DATASET_FOLDERS(layout).some((dir) => existsSync(dir)) ? `unfinished: ${error.reason} yet` : NOT_A_DATASET)
    );
  }
  if (read.kind === 'merged') return MERGE_OUTPUT;
  const { summary } = read;
  if (!summary.final) return 'a metadata-only run: it has no final CSVs (rerun hx4 collect without --metadata-only)';
  if (!summary.complete && !options.includeIncomplete) {
    return 'an incomplete run: some queries were not harvested (rerun hx4 collect to finish it, or merge with includeIncomplete)';
  }
  const header = await readHeader(layout.file(MULTI_LABEL_CSV));
  if (typeof header === 'string') return header;
  const missing = RAW_MULTI_LABEL_COLUMNS.find((column) => !header.includes(column));
  if (missing) return `${MULTI_LABEL_CSV} has no "${missing}" column`;
  return {
    dataset: layout.name,
    layout,
    archive: summary.archive,
    thumbnailSize: summary.settings.thumbnailSize,
    window: summary.settings.window,
    complete: summary.complete,
    columns: header,
  };
}

/** The CSV's columns, or why there are none to read. */
async function readHeader(path: string): Promise<string[] | string> {
  try {
    for await (const record of readCsv(path)) return Object.keys(record);
  } catch (error) {
    return (error as Error).message.startsWith('CSV file not found') ? `no ${MULTI_LABEL_CSV}` : (error as Error).message;
  }
  return `${MULTI_LABEL_CSV} has no rows`;
}
