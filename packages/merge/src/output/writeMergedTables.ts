import { join } from 'node:path';
import { AtomicTextFile } from './AtomicTextFile.js';
import { ChunkFiles } from './ChunkFiles.js';
import { csvField, csvHeader, pickedLine } from './csvLine.js';
import {
  MULTI_LABEL_CSV,
  RAW_MULTI_LABEL_CSV,
  RAW_SINGLE_LABEL_CSV,
  SINGLE_LABEL_CSV,
  splitFile,
  type MergedColumns,
} from './mergedFileNames.js';
import type { MergedItem } from './mergedItems.js';
import { TRAIN, VAL, type MergedSplits } from './splitMergedRows.js';
import { removeStaleChunks } from './removeStaleChunks.js';

/**
 * All CSVs of the merged folder in one pass: the merged rows (multi- and single-label, and their
 * train/val splits, and the multi-label chunks when `chunkSize` is set) and the raw files, which hold
 * every source row before de-duplication with the row it was merged into. Single-label files are the
 * multi-label rows without the list columns, as collect writes them. Each row is quoted once and its
 * lines go straight into small per-file buffers, so nothing but the current row is held. No file is
 * put in place unless all are written. Returns the number of chunks.
 */
export async function writeMergedTables(
  outputDir: string,
  columns: MergedColumns,
  splits: MergedSplits,
  chunkSize: number | null,
  items: AsyncIterable<MergedItem>,
): Promise<number> {
  // Every file's columns are a subset of the raw multi-label file's, so a row's fields are quoted in that order once.
  const order = columns.rawMulti;
  const positions = (list: readonly string[]) => list.map((column) => order.indexOf(column));
  const at = { multi: positions(columns.multi), single: positions(columns.single), rawSingle: positions(columns.rawSingle) };
  const csv = (file: string, list: readonly string[]) => {
    const output = new AtomicTextFile(join(outputDir, file));
    output.write(`${csvHeader(list)}\n`);
    return output;
  };
  const multi = csv(MULTI_LABEL_CSV, columns.multi);
  const multiTrain = csv(splitFile(MULTI_LABEL_CSV, 'train'), columns.multi);
  const multiVal = csv(splitFile(MULTI_LABEL_CSV, 'val'), columns.multi);
  const single = csv(SINGLE_LABEL_CSV, columns.single);
  const singleTrain = csv(splitFile(SINGLE_LABEL_CSV, 'train'), columns.single);
  const singleVal = csv(splitFile(SINGLE_LABEL_CSV, 'val'), columns.single);
  const rawMulti = csv(RAW_MULTI_LABEL_CSV, columns.rawMulti);
  const rawSingle = csv(RAW_SINGLE_LABEL_CSV, columns.rawSingle);
  const chunks = chunkSize === null ? null : new ChunkFiles(outputDir, `${csvHeader(columns.multi)}\n`, chunkSize);
  const outputs = [multi, multiTrain, multiVal, single, singleTrain, singleVal, rawMulti, rawSingle, ...(chunks ? [chunks] : [])];
  const fieldsOf = (record: Record<string, string>) => order.map((column) => csvField(record[column]));
  const onSide = (sides: Uint8Array, row: number, train: AtomicTextFile, val: AtomicTextFile) => {
    const side = sides[row];
    if (side === undefined) throw new RangeError(`no split side for row ${row} (of ${sides.length})`);
    return side === TRAIN ? train : side === VAL ? val : null;
  };
  try {
    for await (const { row, own, merged } of items) {
      const ownFields = fieldsOf(own);
      rawMulti.write(`${ownFields.join(',')}\n`);
      rawSingle.write(`${pickedLine(ownFields, at.rawSingle)}\n`);
      if (merged) {
        const fields = merged === own ? ownFields : fieldsOf(merged);
        const multiLine = `${pickedLine(fields, at.multi)}\n`;
        const singleLine = `${pickedLine(fields, at.single)}\n`;
        multi.write(multiLine);
        single.write(singleLine);
        onSide(splits.multi, row, multiTrain, multiVal)?.write(multiLine);
        onSide(splits.single, row, singleTrain, singleVal)?.write(singleLine);
        chunks?.write(multiLine);
      }
      for (const output of outputs) if (output.full) await output.flush();
    }
    for (const output of outputs) await output.close();
  } catch (error) {
    await Promise.all(outputs.map((output) => output.discard()));
    throw error;
  }
  for (const output of outputs) await output.commit();
  const written = chunks?.written ?? [];
  await removeStaleChunks(outputDir, written);
  return written.length;
}
