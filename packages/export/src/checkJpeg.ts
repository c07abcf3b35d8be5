import { open } from 'node:fs/promises';

const START_OF_IMAGE = Buffer.from([0xff, 0xd8, 0xff]);
const END_OF_IMAGE = Buffer.from([0xff, 0xd9]);

/**
 * Why the file at `path` cannot go into an export as a JPEG, or null when it can: missing, not a JPEG, or
 * cut short. HX4 stores every image through its JPEG encoder, so a whole one starts with SOI and ends with
 * EOI; reading those five bytes catches a deleted or truncated file without decoding it.
 */
export async function checkJpeg(path: string): Promise<{ reason: string } | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    return { reason: code === 'ENOENT' ? 'image missing' : `image unreadable (${code || String(error)})` };
  }
  try {
    const { size } = await handle.stat();
    if (size < START_OF_IMAGE.length + END_OF_IMAGE.length) return { reason: 'image truncated' };
    const head = Buffer.alloc(START_OF_IMAGE.length);
    const tail = Buffer.alloc(END_OF_IMAGE.length);
    await handle.read(head, 0, head.length, 0);
    await handle.read(tail, 0, tail.length, size - tail.length);
    if (!head.equals(START_OF_IMAGE)) return { reason: 'image is not a JPEG' };
    if (!tail.equals(END_OF_IMAGE)) return { reason: 'image truncated' };
    return null;
  } finally {
    await handle.close();
  }
}
