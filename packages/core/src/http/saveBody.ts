import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { tempPathFor } from '../fs/writeFileAtomic.js';

/**
 * Streams `body` into a temp file renamed over `destination` once complete, so `destination` is
 * never half-written. Fails with `tooLarge()` as soon as more than `maxBytes` arrive, so an
 * oversized body is never read to its end. Returns the byte count.
 */
export async function saveBody(body: Readable, destination: string, maxBytes: number, tooLarge: () => Error): Promise<number> {
  const temp = tempPathFor(destination);
  let bytes = 0;
  try {
    await pipeline(
      body,
      async function* limit(source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          bytes += chunk.length;
          if (bytes > maxBytes) throw tooLarge();
          yield chunk;
        }
      },
      createWriteStream(temp),
    );
    await rename(temp, destination);
    return bytes;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
