import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import type { ImageManifest } from '../images/index.js';
import { csvColumns, csvRecord, MULTI_LABEL_COLUMNS, SINGLE_LABEL_COLUMNS, type Row } from '../rows/index.js';
import { iterativeStratifiedSplit, stratifiedSplit, type SplitResult } from '../split/index.js';
import { readRows, writeCsv, type StoredRow } from '../tables/index.js';
import { enrichedDescription } from '../text/index.js';
import type { CollectOptions } from './CollectOptions.js';
import { RAW_MULTI_LABEL_CSV } from './rowsStage.js';
import type { RunSummary } from './RunSummary.js';

export const MULTI_LABEL_CSV = 'metadata_multi_label.csv';
export const SINGLE_LABEL_CSV = 'metadata_single_label.csv';

/** A final CSV's train or val file: `metadata_multi_label.csv` → `metadata_multi_label_train.csv`. */
export const splitCsvFile = (file: string, split: 'train' | 'val') => file.replace(/\.csv$/, `_${split}.csv`);

/** Every CSV the final stage writes, in the order it writes them. */
export const FINAL_CSVS = [MULTI_LABEL_CSV, SINGLE_LABEL_CSV].flatMap((file) => [
  file,
  splitCsvFile(file, 'train'),
  splitCsvFile(file, 'val'),
]);

/** Where a stored row goes in a train/val split (`Side.None`: left out of it, in the unsplit CSV only). */
const enum Side {
  None = 0,
  Train = 1,
  Val = 2,
}

/**
 * Rows whose image is stored → the final CSVs and their train/val splits. The CSVs are written by passes
 * over files, not from rows held in memory, so memory does not grow with the dataset: the raw CSV the rows
 * stage wrote gives the final multi-label CSV (with each row's enriched description, computed once), which
 * gives the others. The splits keep only each stored row's labels; the stats stage gets the image paths.
 */
export async function finalStage(
  options: CollectOptions,
  layout: DatasetLayout,
  manifest: ImageManifest,
): Promise<{ imagePaths: string[]; summary: NonNullable<RunSummary['final']> }> {
  const rawCsv = layout.file(RAW_MULTI_LABEL_CSV);
  const finalCsv = layout.file(MULTI_LABEL_CSV);
  const columnsOf = (base: readonly string[]) => csvColumns(base, options.adapter.extraColumns);
  const labelled: LabelledRow[] = [];
  const imagePaths: string[] = [];
  async function* storedRows(): AsyncGenerator<Record<string, unknown>> {
    for await (const raw of readRows(rawCsv)) {
      if (manifest.get(raw.id)?.status !== 'ok') continue;
      const row = multiLabelRow(raw, rawCsv);
      labelled.push({ index: labelled.length, label: row.label, canonical_labels: row.canonical_labels });
      imagePaths.push(row.img_path);
      yield csvRecord({ ...row, enriched_document_description: enrichedDescription(row.title, row.description) });
    }
  }
  await writeCsv(finalCsv, columnsOf(MULTI_LABEL_COLUMNS), storedRows());

  const split = { valFraction: options.valFraction, seed: options.seed };
  const single = splitOrNothing(options, 'single-label', () => stratifiedSplit(labelled, (row) => row.label, split));
  const multi = splitOrNothing(options, 'multi-label', () => iterativeStratifiedSplit(labelled, (row) => row.canonical_labels, split));
  const singleSides = sidesOf(single, labelled.length);
  const multiSides = sidesOf(multi, labelled.length);
  async function* finalRows(side?: { of: Uint8Array; is: Side }): AsyncGenerator<Record<string, unknown>> {
    let index = 0;
    for await (const row of readRows(finalCsv)) {
      if (side === undefined || side.of[index] === side.is) yield csvRecord(multiLabelRow(row, finalCsv));
      index++;
    }
  }
  const writes: [string, readonly string[], { of: Uint8Array; is: Side } | undefined][] = [
    [splitCsvFile(MULTI_LABEL_CSV, 'train'), MULTI_LABEL_COLUMNS, { of: multiSides, is: Side.Train }],
    [splitCsvFile(MULTI_LABEL_CSV, 'val'), MULTI_LABEL_COLUMNS, { of: multiSides, is: Side.Val }],
    [SINGLE_LABEL_CSV, SINGLE_LABEL_COLUMNS, undefined],
    [splitCsvFile(SINGLE_LABEL_CSV, 'train'), SINGLE_LABEL_COLUMNS, { of: singleSides, is: Side.Train }],
    [splitCsvFile(SINGLE_LABEL_CSV, 'val'), SINGLE_LABEL_COLUMNS, { of: singleSides, is: Side.Val }],
  ];
  for (const [file, columns, side] of writes) await writeCsv(layout.file(file), columnsOf(columns), finalRows(side));
  return {
    imagePaths,
    summary: {
      multiLabel: labelled.length,
      singleLabel: labelled.length,
      singleLabelTrain: single.train.length,
      singleLabelVal: single.val.length,
      singleLabelLeftOut: single.dropped.length,
      multiLabelTrain: multi.train.length,
      multiLabelVal: multi.val.length,
      multiLabelLeftOut: multi.dropped.length,
      labels: new Set(labelled.map((row) => row.label)).size,
    },
  };
}

/** What the splits need of a stored row: its labels and its place among the stored rows. */
interface LabelledRow {
  index: number;
  label: string;
  canonical_labels: string[];
}

function sidesOf(split: SplitResult<LabelledRow>, rows: number): Uint8Array {
  const sides = new Uint8Array(rows);
  for (const row of split.train) sides[row.index] = Side.Train;
  for (const row of split.val) sides[row.index] = Side.Val;
  return sides;
}

/** A multi-label CSV's row carries the query lists the multi-label CSVs need. */
function multiLabelRow(raw: StoredRow, file: string): Row {
  const { user_query, canonical_labels } = raw;
  if (user_query === undefined || canonical_labels === undefined) throw new Error(`${file} has no query lists`);
  return { ...raw, user_query, canonical_labels };
}

/** A dataset too small to split (say, every label seen once) still gets its CSVs, with empty splits. */
function splitOrNothing(options: CollectOptions, kind: string, split: () => SplitResult<LabelledRow>): SplitResult<LabelledRow> {
  try {
    return split();
  } catch (error) {
    options.reporter.log('warn', `${kind} split skipped: ${(error as Error).message}`);
    return { train: [], val: [], dropped: [] };
  }
}
