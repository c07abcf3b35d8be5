import { access, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { layoutOf, MULTI_LABEL_CSV, readCsv, readRunSummary, splitCsvFile, type DatasetSummary } from '@hx4/core';
import { CAPTION_COLUMNS, splitParts, type CaptionSource, type ExportFormat, type ExportSplit, type SplitPart } from './ExportFormat.js';
import { ExportInputError } from './ExportInputError.js';
import { DEFAULT_SHARD_SIZE, type ExportOptions } from './ExportOptions.js';
import { EXPORT_SUMMARY_JSON } from './ExportSummary.js';
import { parseCaptionSource, parseExportFormat, parseExportSplit } from './parseExportChoices.js';

/** One split to export: the dataset CSV it is read from and its row count as the run summary gives it. */
export interface PlannedPart {
  split: SplitPart;
  csv: string;
  rows: number;
}

/** An export whose every input has been checked; nothing is written yet. */
export interface ExportPlan {
  format: ExportFormat;
  split: ExportSplit;
  caption: CaptionSource;
  captionColumn: string;
  /** Null for the formats that are not sharded. */
  shardSize: number | null;
  datasetRoot: string;
  datasetName: string;
  outDir: string;
  parts: PlannedPart[];
}

/**
 * Checks an export's options, its dataset and its output folder, and says what it will write; throws an
 * `ExportInputError` naming the first problem, before anything is written.
 */
export async function planExport(options: ExportOptions): Promise<ExportPlan> {
  // Checked again: a library caller in plain JavaScript may pass any string.
  const format = parseExportFormat(options.format);
  const split = parseExportSplit(options.split ?? 'all');
  const caption = parseCaptionSource(options.caption ?? 'enriched');
  if (options.shardSize !== undefined && format !== 'webdataset') {
    throw new ExportInputError(`a shard size applies to the webdataset format only, not ${format}`);
  }
  const shardSize = format === 'webdataset' ? (options.shardSize ?? DEFAULT_SHARD_SIZE) : null;
  if (shardSize !== null && (!Number.isSafeInteger(shardSize) || shardSize < 1)) {
    throw new ExportInputError(`the shard size must be a whole number of samples from 1, got ${String(shardSize)}`);
  }
  const layout = layoutOf(options.datasetDir);
  let dataset: DatasetSummary;
  try {
    dataset = await readRunSummary(layout.root);
  } catch (error) {
    throw new ExportInputError(error instanceof Error ? error.message : String(error));
  }
  const captionColumn = CAPTION_COLUMNS[caption];
  const parts: PlannedPart[] = [];
  for (const part of splitParts(split)) {
    const file = splitCsvFile(MULTI_LABEL_CSV, part);
    const csv = layout.file(file);
    try {
      await access(csv);
    } catch {
      throw new ExportInputError(`${layout.root} has no ${file}: the dataset has no final CSVs (a --metadata-only run?)`);
    }
    const columns = await firstRecordColumns(csv);
    if (columns && !columns.includes(captionColumn))
      throw new ExportInputError(`${file} has no ${captionColumn} column for the ${caption} caption`);
    parts.push({ split: part, csv, rows: splitRows(dataset, part) });
  }
  const outDir = resolve(options.outDir ?? join(layout.exports, format));
  await checkOutputFolder(outDir);
  return {
    format,
    split,
    caption,
    captionColumn,
    shardSize,
    datasetRoot: layout.root,
    datasetName: layout.name,
    outDir,
    parts,
  };
}

/** The columns of the CSV's first record; null for a CSV without records. */
async function firstRecordColumns(csv: string): Promise<string[] | null> {
  for await (const record of readCsv(csv)) return Object.keys(record);
  return null;
}

/** The split's rows by the run summary (for progress); 0 where a dataset does not record them. */
function splitRows(dataset: DatasetSummary, split: SplitPart): number {
  const final = dataset.summary.final;
  if (!final) return 0;
  return split === 'train' ? final.multiLabelTrain : final.multiLabelVal;
}

/** The export replaces only an earlier export (or an empty folder): never a folder of other files. */
async function checkOutputFolder(outDir: string): Promise<void> {
  const info = await stat(outDir).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) throw new ExportInputError(`${outDir} is not a folder`);
  const names = await readdir(outDir);
  if (names.length > 0 && !names.includes(EXPORT_SUMMARY_JSON)) {
    throw new ExportInputError(
      `${outDir} holds files that are not an hx4 export (no ${EXPORT_SUMMARY_JSON}): choose a new or empty folder`,
    );
  }
}
