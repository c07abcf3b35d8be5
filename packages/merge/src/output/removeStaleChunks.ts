import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CHUNK_FILE_PATTERN } from './mergedFileNames.js';

/** Removes chunk files an earlier merge left that this one did not write. */
export async function removeStaleChunks(outputDir: string, written: readonly string[]): Promise<void> {
  for (const name of await readdir(outputDir)) {
    if (CHUNK_FILE_PATTERN.test(name) && !written.includes(name)) await rm(join(outputDir, name), { force: true });
  }
}
