import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import type { ImageManifest } from '../images/index.js';
import { csvColumns, csvRecord, MULTI_LABEL_COLUMNS, SINGLE_LABEL_COLUMNS, type Row } from '../rows/index.js';
import { iterativeStratifiedSplit, stratifiedSplit } from '../split/index.js';
import { writeCsv } from '../tables/index.js';
import { enrichedDescription } from '../text/index.js';
import type { CollectOptions } from './CollectOptions.js';
import type { RunSummary } from './RunSummary.js';

export const MULTI_LABEL_CSV = 'metadata_multi_label.csv';
export const SINGLE_LABEL_CSV = 'metadata_single_label.csv';

const withSuffix = (file: string, suffix: string) => file.replace(/\.csv$/, `_${suffix}.csv`);

/** Every CSV the final stage writes, in the order it writes them. */
export const FINAL_CSVS = [MULTI_LABEL_CSV, SINGLE_LABEL_CSV].flatMap((file) => [file, withSuffix(file, 'train'), withSuffix(file, 'val')]);

/** Rows whose image is stored → the final CSVs and their train/val splits. */
export async function finalStage(
  options: CollectOptions,
  layout: DatasetLayout,
  rows: Row[],
  manifest: ImageManifest,
): Promise<{ rows: Row[]; summary: NonNullable<RunSummary['final']> }> {
  const stored = rows
    .filter((row) => manifest.get(row.id)?.status === 'ok')
    .map((row) => ({ ...row, enriched_document_description: enrichedDescription(row.title, row.description) }));
  const split = { valFraction: options.valFraction, seed: options.seed };
  const single = splitOrNothing(options, 'single-label', () => stratifiedSplit(stored, (row) => row.label, split));
  const multi = splitOrNothing(options, 'multi-label', () =>
    iterativeStratifiedSplit(stored, (row) => row.canonical_labels, split),
  );
  const writes: [string, readonly string[], Row[]][] = [
    [MULTI_LABEL_CSV, MULTI_LABEL_COLUMNS, stored],
    [withSuffix(MULTI_LABEL_CSV, 'train'), MULTI_LABEL_COLUMNS, multi.train],
    [withSuffix(MULTI_LABEL_CSV, 'val'), MULTI_LABEL_COLUMNS, multi.val],
    [SINGLE_LABEL_CSV, SINGLE_LABEL_COLUMNS, stored],
    [withSuffix(SINGLE_LABEL_CSV, 'train'), SINGLE_LABEL_COLUMNS, single.train],
    [withSuffix(SINGLE_LABEL_CSV, 'val'), SINGLE_LABEL_COLUMNS, single.val],
  ];
  for (const [file, columns, table] of writes) {
    await writeCsv(layout.file(file), csvColumns(columns, options.adapter.extraColumns), table.map(csvRecord));
  }
  return {
    rows: stored,
    summary: {
      multiLabel: stored.length,
      singleLabel: stored.length,
      singleLabelTrain: single.train.length,
      singleLabelVal: single.val.length,
      singleLabelLeftOut: single.dropped.length,
      multiLabelTrain: multi.train.length,
      multiLabelVal: multi.val.length,
      multiLabelLeftOut: multi.dropped.length,
      labels: new Set(stored.map((row) => row.label)).size,
    },
  };
}

/** A dataset too small to split (say, every label seen once) still gets its CSVs, with empty splits. */
function splitOrNothing(
  options: CollectOptions,
  kind: string,
  split: () => { train: Row[]; val: Row[]; dropped: Row[] },
): { train: Row[]; val: Row[]; dropped: Row[] } {
  try {
    return split();
  } catch (error) {
    options.reporter.log('warn', `${kind} split skipped: ${(error as Error).message}`);
    return { train: [], val: [], dropped: [] };
  }
}
