import { readLines } from '../files/readLines.js';

/**
 * The sha256 of each row's stored image from a dataset's image manifest (`state/images.jsonl`, written
 * by collect), streamed rather than loaded: the latest entry of an id counts, and gives a sha256 only
 * when it stored the image at the row's own URL; null otherwise. `offsetOf` maps an id to its row's
 * offset in the dataset, `urlOf` an offset to the row's `img_url`. A torn last line (a kill mid-append)
 * is ignored; any other unreadable line makes the manifest, and the dataset, unusable.
 */
export async function storedHashes(
  path: string,
  rows: number,
  offsetOf: (id: string) => number | undefined,
  urlOf: (offset: number) => string,
): Promise<(string | null)[]> {
  const hashes: (string | null)[] = new Array<string | null>(rows).fill(null);
  for await (const { text, number, torn } of readLines(path)) {
    if (torn) break;
    let entry: Record<string, unknown> | null;
    try {
      entry = JSON.parse(text) as Record<string, unknown> | null;
    } catch {
      throw new Error(`${path}:${number}: image manifest line is not valid JSON`);
    }
    const { id, url, status, settings, sha256 } = entry ?? {};
    if (typeof id !== 'string' || typeof url !== 'string' || (status !== 'ok' && status !== 'failed') || typeof settings !== 'string') {
      throw new Error(`${path}:${number}: image manifest entry lacks id, url, status or settings`);
    }
    const offset = offsetOf(id);
    if (offset === undefined) continue;
    hashes[offset] = status === 'ok' && url === urlOf(offset) && typeof sha256 === 'string' ? sha256 : null;
  }
  return hashes;
}
