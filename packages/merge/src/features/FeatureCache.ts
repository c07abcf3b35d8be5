import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '@hx4/core';
import type { ImageFeatures } from './computeImageFeatures.js';

/** `<dataset>/state/phash.jsonl`: one line per image, so a rerun of the merge decodes nothing it decoded before. */
export const FEATURE_CACHE_FILE = 'phash.jsonl';
/** Bump when the hash or the sums change for the same bytes, so old lines are recomputed. */
const FEATURES_VERSION = 1;

interface CacheLine extends ImageFeatures {
  id: string;
  version: number;
}

/**
 * Image features by id, kept as JSON Lines next to the image manifest. A line is reused only while
 * its sha256 equals the manifest's for the image, i.e. the stored bytes are unchanged. New lines are
 * appended as images finish (a killed merge keeps its work); `compact` rewrites the file sorted by id.
 */
export class FeatureCache {
  private readonly lines: Map<string, CacheLine>;
  private writes: Promise<unknown> = Promise.resolve();
  private changed = false;
  /** The file ends in a torn line: the next append starts on a fresh one. */
  private tornEnd = false;

  private constructor(
    readonly path: string,
    lines: CacheLine[],
  ) {
    this.lines = new Map(lines.map((line) => [line.id, line]));
  }

  /** A missing file is an empty cache; unreadable lines (a torn last append, an old version) are ignored. */
  static async load(path: string): Promise<FeatureCache> {
    let text = '';
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const lines = text.split('\n').flatMap((line) => {
      const parsed = parseLine(line);
      return parsed ? [parsed] : [];
    });
    const cache = new FeatureCache(path, lines);
    cache.tornEnd = text.length > 0 && !text.endsWith('\n');
    cache.changed = cache.tornEnd;
    return cache;
  }

  get(id: string, sha256: string): ImageFeatures | undefined {
    const line = this.lines.get(id);
    if (line?.sha256 !== sha256) return undefined;
    const { width, height, phash, sum, sumSquares, pixels } = line;
    return { sha256, width, height, phash, sum, sumSquares, pixels };
  }

  add(id: string, features: ImageFeatures): Promise<void> {
    this.lines.set(id, toLine(id, features));
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

  /** Rewrites the file with the lines of `keep` ids only, sorted by id; does nothing when already so. */
  async compact(keep: (id: string) => boolean): Promise<void> {
    await this.writes;
    for (const id of this.lines.keys()) {
      if (keep(id)) continue;
      this.lines.delete(id);
      this.changed = true;
    }
    if (!this.changed) return;
    const ids = [...this.lines.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    await writeFileAtomic(this.path, ids.map((id) => featureCacheLine(id, this.lines.get(id)!)).join(''));
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

function parseLine(text: string): CacheLine | null {
  if (text.trim() === '') return null;
  let line: Partial<CacheLine>;
  try {
    line = JSON.parse(text) as Partial<CacheLine>;
  } catch {
    return null;
  }
  const valid =
    line?.version === FEATURES_VERSION &&
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
