import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCsv } from '@hx4/core';
import { CHUNK_FILE_PATTERN, chunkFile } from './mergedFileNames.js';
import type { RecordSink } from './writeCsvs.js';

/**
 * A sink writing its records in consecutive slices of `chunkSize` rows as
 * `metadata_multi_label_chunk_0.csv`, `_1`, ... (inputs for parallel annotation jobs, as the
 * reference named them), one file at a time. `written` lists the files once it is done.
 */
export function chunkSink<T>(
  outputDir: string,
  columns: readonly string[],
  chunkSize: number,
  pick: RecordSink<T>['pick'],
): RecordSink<T> & { written: string[] } {
  const written: string[] = [];
  const write = async (records: AsyncIterable<Record<string, unknown>>): Promise<number> => {
    const iterator = records[Symbol.asyncIterator]();
    let next = await iterator.next();
    let total = 0;
    const slice = async function* (): AsyncGenerator<Record<string, unknown>> {
      for (let taken = 0; taken < chunkSize && !next.done; taken++) {
        yield next.value;
        next = await iterator.next();
      }
    };
    while (!next.done) {
      const file = chunkFile(written.length);
      total += await writeCsv(join(outputDir, file), columns, slice());
      written.push(file);
    }
    return total;
  };
  return { pick, write, written };
}

/** Removes chunk files an earlier merge left that this one did not write. */
export async function removeStaleChunks(outputDir: string, written: readonly string[]): Promise<void> {
  for (const name of await readdir(outputDir)) {
    if (CHUNK_FILE_PATTERN.test(name) && !written.includes(name)) await rm(join(outputDir, name), { force: true });
  }
}
