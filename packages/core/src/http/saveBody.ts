import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { tempPathFor } from '../fs/writeFileAtomic.js';

export interface SavedBody {
  bytes: number;
  /** The whole body, when it fit in `memoryBytes`; `destination` is then not written. */
  data?: Buffer;
}

/**
 * Reads `body` into memory while it fits in `memoryBytes` (a typical photo: no disk round trip),
 * else streams it into a temp file renamed over `destination` once complete, so `destination` is
 * never half-written. Fails with `tooLarge()` as soon as more than `maxBytes` arrive, so an
 * oversized body is never read to its end.
 */
export async function saveBody(
  body: Readable,
  destination: string,
  limits: { maxBytes: number; memoryBytes: number },
  tooLarge: () => Error,
): Promise<SavedBody> {
  const temp = tempPathFor(destination);
  const chunks: Buffer[] = [];
  let bytes = 0;
  let file: WriteStream | null = null;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > limits.maxBytes) throw tooLarge();
      if (!file && bytes <= limits.memoryBytes) {
        chunks.push(chunk);
        continue;
      }
      if (!file) {
        await mkdir(dirname(destination), { recursive: true });
        file = createWriteStream(temp);
        for (const held of chunks.splice(0)) file.write(held);
      }
      if (!file.write(chunk)) await once(file, 'drain');
    }
    if (!file) return { bytes, data: Buffer.concat(chunks, bytes) };
    file.end();
    await finished(file);
    await rename(temp, destination);
    return { bytes };
  } catch (error) {
    body.destroy();
    file?.destroy();
    await rm(temp, { force: true });
    throw error;
  }
}
