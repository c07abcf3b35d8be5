import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

/** A sibling temp name: same directory, so the final rename is atomic. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/** Deletes the temp files a killed process left in `dir` (names from `tempPathFor`); a missing `dir` is fine. */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => TEMP_NAME.test(name)).map((name) => rm(join(dir, name), { force: true })));
}

/**
 * Writes `data` to a temp file, flushes it and renames it over `path`: readers (and a rerun after a
 * kill) see the old file or the new one, never half of one. `data` may come in chunks (an iterable of
 * strings), so a file of every image's line need not be one string in memory. `sync: false` skips the
 * flush to disk for files whose size is checked on reuse anyway (stored images), where it costs more than
 * it protects.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string> | AsyncIterable<string>,
  options: { sync?: boolean } = {},
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, 'w');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else for await (const chunk of data) await handle.write(chunk);
      if (options.sync !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
