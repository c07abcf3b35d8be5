import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import Papa from 'papaparse';
import { tempPathFor } from '../fs/writeFileAtomic.js';
import { toCsvCell } from './csvCell.js';

const ROWS_PER_CHUNK = 1000;

export interface CsvFormat {
  /** `,` unless a reader expects another (open_clip's CSV loader defaults to a tab). */
  delimiter?: string;
}

/**
 * Streams `rows` into a CSV at `path`: header = `columns` in order, `\n` line ends, UTF-8 without BOM, fields
 * quoted only where needed, values verbatim (no formula escaping: this is data for pandas, not for Excel).
 * Written to a temp file, flushed and renamed, so `path` is never half written. Returns the row count.
 */
export async function writeCsv<T extends object>(
  path: string,
  columns: readonly string[],
  rows: Iterable<T> | AsyncIterable<T>,
  format: CsvFormat = {},
): Promise<number> {
  const delimiter = format.delimiter ?? ',';
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  let count = 0;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.write(toCsvLines([[...columns]], delimiter));
      let chunk: string[][] = [];
      for await (const row of rows) {
        chunk.push(columns.map((column) => toCsvCell((row as Record<string, unknown>)[column])));
        count++;
        if (chunk.length === ROWS_PER_CHUNK) {
          await handle.write(toCsvLines(chunk, delimiter));
          chunk = [];
        }
      }
      if (chunk.length > 0) await handle.write(toCsvLines(chunk, delimiter));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return count;
}

function toCsvLines(records: string[][], delimiter: string): string {
  return `${Papa.unparse(records, { newline: '\n', delimiter })}\n`;
}
