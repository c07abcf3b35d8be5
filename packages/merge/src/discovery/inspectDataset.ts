import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MULTI_LABEL_CSV, RAW_MULTI_LABEL_COLUMNS, readCsv, RUN_SUMMARY_JSON } from '@hx4/core';
import type { DatasetSource } from './DatasetSource.js';

export interface InspectOptions {
  includeIncomplete?: boolean;
}

/** A folder whose run summary says it is a merge output; discovery never merges those again. */
export const MERGED_KIND = 'merged';
export const MERGE_OUTPUT = 'a merge output, not an archive dataset';

/**
 * Reads one folder's `run-summary.json` and the header of its multi-label CSV: a source to merge, or
 * the reason it cannot be one. Names are never guessed from the folder name.
 */
export async function inspectDataset(root: string, dataset: string, options: InspectOptions): Promise<DatasetSource | string> {
  let text: string;
  try {
    text = await readFile(join(root, RUN_SUMMARY_JSON), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `no ${RUN_SUMMARY_JSON}` : `cannot read ${RUN_SUMMARY_JSON}: ${code ?? (error as Error).message}`;
  }
  let summary: Record<string, unknown>;
  try {
    summary = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return `${RUN_SUMMARY_JSON} is not valid JSON`;
  }
  if (typeof summary !== 'object' || summary === null) return `${RUN_SUMMARY_JSON} is not a JSON object`;
  if (summary.kind === MERGED_KIND) return MERGE_OUTPUT;
  if (summary.version !== 1) return `${RUN_SUMMARY_JSON} version ${JSON.stringify(summary.version)} is not supported`;
  if (typeof summary.archive !== 'string') return `${RUN_SUMMARY_JSON} names no archive`;
  if (!summary.final) return 'a metadata-only run: it has no final CSVs (rerun hx4 collect without --metadata-only)';
  const complete = summary.complete !== false;
  if (!complete && !options.includeIncomplete) {
    return 'an incomplete run: some queries were not harvested (rerun hx4 collect to finish it, or merge with includeIncomplete)';
  }
  const header = await readHeader(join(root, MULTI_LABEL_CSV));
  if (typeof header === 'string') return header;
  const missing = RAW_MULTI_LABEL_COLUMNS.find((column) => !header.includes(column));
  if (missing) return `${MULTI_LABEL_CSV} has no "${missing}" column`;
  const settings = (summary.settings ?? {}) as Record<string, unknown>;
  return {
    dataset,
    root,
    archive: summary.archive,
    thumbnailSize: 'thumbnailSize' in settings ? (settings.thumbnailSize as DatasetSource['thumbnailSize']) : undefined,
    window: 'window' in settings ? (settings.window as DatasetSource['window']) : undefined,
    complete,
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
