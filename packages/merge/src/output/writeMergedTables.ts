import { join } from 'node:path';
import { MULTI_LABEL_CSV, RAW_MULTI_LABEL_CSV, RAW_SINGLE_LABEL_CSV, SINGLE_LABEL_CSV, splitFile, type MergedColumns } from './mergedFileNames.js';
import type { MergedItem } from './mergedItems.js';
import { TRAIN, VAL, type MergedSplits } from './splitMergedRows.js';
import { chunkSink, removeStaleChunks } from './writeChunks.js';
import { csvSink, writeCsvs } from './writeCsvs.js';

/**
 * All CSVs of the merged folder in one pass: the merged rows (multi- and single-label, and their
 * train/val splits, and the multi-label chunks when `chunkSize` is set) and the raw files, which hold
 * every source row before de-duplication with the row it was merged into. Single-label files are the
 * multi-label rows without the list columns, as collect writes them. Returns the number of chunks.
 */
export async function writeMergedTables(
  outputDir: string,
  columns: MergedColumns,
  splits: MergedSplits,
  chunkSize: number | null,
  items: AsyncIterable<MergedItem>,
): Promise<number> {
  const merged = (item: MergedItem) => item.merged;
  const onSide = (sides: Uint8Array, side: number) => (item: MergedItem) => (sides[item.row] === side ? item.merged : null);
  const sink = (file: string, columnList: readonly string[], pick: (item: MergedItem) => Record<string, unknown> | null) =>
    csvSink(join(outputDir, file), columnList, pick);
  const chunks = chunkSize === null ? null : chunkSink(outputDir, columns.multi, chunkSize, merged);
  await writeCsvs(
    [
      sink(MULTI_LABEL_CSV, columns.multi, merged),
      sink(splitFile(MULTI_LABEL_CSV, 'train'), columns.multi, onSide(splits.multi, TRAIN)),
      sink(splitFile(MULTI_LABEL_CSV, 'val'), columns.multi, onSide(splits.multi, VAL)),
      sink(SINGLE_LABEL_CSV, columns.single, merged),
      sink(splitFile(SINGLE_LABEL_CSV, 'train'), columns.single, onSide(splits.single, TRAIN)),
      sink(splitFile(SINGLE_LABEL_CSV, 'val'), columns.single, onSide(splits.single, VAL)),
      sink(RAW_MULTI_LABEL_CSV, columns.rawMulti, (item) => item.own),
      sink(RAW_SINGLE_LABEL_CSV, columns.rawSingle, (item) => item.own),
      ...(chunks ? [chunks] : []),
    ],
    items,
  );
  await removeStaleChunks(outputDir, chunks?.written ?? []);
  return chunks?.written.length ?? 0;
}
