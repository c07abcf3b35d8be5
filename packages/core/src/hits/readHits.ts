import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { readCheckpoint } from './HitCheckpoint.js';
import { hitFiles } from './hitFiles.js';

/**
 * Streams the cached raw records of one query, up to what its checkpoint vouches for (a page appended
 * by a killed run after the last checkpoint is not read).
 */
export async function* readHits(hitsDir: string, slug: string): AsyncGenerator {
  const files = hitFiles(hitsDir, slug);
  const checkpoint = await readCheckpoint(files.checkpoint);
  if (!checkpoint || checkpoint.bytes === 0) return;
  await access(files.records);
  const stream = createReadStream(files.records, { end: checkpoint.bytes - 1 }).pipe(createGunzip());
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line) yield JSON.parse(line);
  }
}
