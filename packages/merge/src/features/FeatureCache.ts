import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '@hx4/core';
import { readLines } from '../files/readLines.js';
import type { ImageFeatures } from './computeImageFeatures.js';

/** Bump when the hash or the sums change for the same bytes, so old lines are recomputed. */
const FEATURES_VERSION = 1;

interface CacheLine extends ImageFeatures {
  id: string;
  version: number;
}

/**
 * Image features by id, kept as JSON Lines next to the image manifest (`DatasetLayout.featureCache`), one
 * line per image, so a rerun of the merge decodes nothing it decoded before. The file is streamed, never
 * held: `scan` hands each line to the caller, who keeps what it needs (a line is only of use while
 * its sha256 equals the manifest's for the image, i.e. the stored bytes are unchanged). New lines
 * are appended as images finish (a killed merge keeps its work); `compact` rewrites the file sorted
 * by id when it changed or holds images that are gone.
 */
export class FeatureCache {
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    /** The file ends in a torn line: the next append starts on a fresh one. */
    private tornEnd: boolean,
    private changed: boolean,
  ) {}

  /**
   * Streams the cache once, giving `use` every readable line's id and features in file order (for an
   * id seen twice, the later line is the current one). Unreadable lines (a torn last append, an old
   * version) are skipped; a missing file is an empty cache. `keep` says which ids the dataset still has.
   */
  static async scan(
    path: string,
    keep: (id: string) => boolean,
    use: (id: string, features: ImageFeatures) => void,
  ): Promise<FeatureCache> {
    let tornEnd = false;
    let gone = false;
    for await (const { text, torn } of readLines(path)) {
      tornEnd = torn;
      const line = parseLine(text);
      if (!line) continue;
      if (!keep(line.id)) gone = true;
      use(line.id, featuresOf(line));
    }
    return new FeatureCache(path, tornEnd, tornEnd || gone);
  }

  add(id: string, features: ImageFeatures): Promise<void> {
    this.changed = true;
    const text = `${this.tornEnd ? '\n' : ''}${featureCacheLine(id, features)}`;
    this.tornEnd = false;
    const write = this.writes.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, text, 'utf8');
    });
    this.writes = write.catch(() => undefined);
    return write;
  }

  /** Rewrites the file with the current line of each `keep` id only, sorted by id; does nothing when nothing changed. */
  async compact(keep: (id: string) => boolean): Promise<void> {
    await this.writes;
    if (!this.changed) return;
    const lines = new Map<string, string>();
    for await (const { text } of readLines(this.path)) {
      const line = parseLine(text);
      if (line && keep(line.id)) lines.set(line.id, featureCacheLine(line.id, line));
    }
    const ids = [...lines.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    await writeFileAtomic(this.path, ids.map((id) => lines.get(id)!).join(''));
    this.changed = false;
  }
}

/** One line of the cache file, newline included. */
export function featureCacheLine(id: string, features: ImageFeatures): string {
  return `${JSON.stringify(toLine(id, features))}\n`;
}

/** Fixed key order, so the same features always give the same line. */
function toLine(id: string, { sha256, width, height, phash, sum, sumSquares, pixels }: ImageFeatures): CacheLine {
  return { id, sha256, width, height, phash, sum, sumSquares, pixels, version: FEATURES_VERSION };
}

function featuresOf({ sha256, width, height, phash, sum, sumSquares, pixels }: CacheLine): ImageFeatures {
  return { sha256, width, height, phash, sum, sumSquares, pixels };
}

function parseLine(text: string): CacheLine | null {
  if (text.trim() === '') return null;
  // A line may hold any JSON, `null` included.
  let line: Partial<CacheLine> | null;
  try {
    line = JSON.parse(text) as Partial<CacheLine> | null;
  } catch {
    return null;
  }
  if (line === null) return null;
  const valid =
    line.version === FEATURES_VERSION &&
    typeof line.id === 'string' &&
    typeof line.sha256 === 'string' &&
    (line.phash === null || typeof line.phash === 'string') &&
    isTriple(line.sum) &&
    isTriple(line.sumSquares) &&
    [line.width, line.height, line.pixels].every((n) => Number.isSafeInteger(n) && (n as number) > 0);
  return valid ? toLine(line.id!, line as CacheLine) : null;
}

function isTriple(value: unknown): value is [number, number, number] {
  return Array.isArray(value) && value.length === 3 && value.every((n) => Number.isSafeInteger(n) && n >= 0);
}
