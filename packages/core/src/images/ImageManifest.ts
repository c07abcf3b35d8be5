import { createReadStream } from 'node:fs';
import { appendFile, mkdir, stat, truncate } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import { imageFileName } from './fileSafeId.js';

const LINES_PER_WRITE = 500;

/** The outcome of one image, one JSON line in the manifest. */
export interface ImageManifestEntry {
  id: string;
  url: string;
  status: 'ok' | 'failed';
  /** Why it failed: `http-404`, `timeout`, `too-large`, `not-an-image`, `corrupt`, `too-many-pixels`, `error`... */
  reason?: string;
  /** A transient failure is retried by the next run. */
  transient?: boolean;
  /** For unexpected failures (reason `error`) only: the error's message. */
  message?: string;
  attempts: number;
  bytes?: number;
  width?: number;
  height?: number;
  sha256?: string;
  /**
   * What the archive sent, by its bytes: the image format of a stored image (`jpeg`, `png`…), or what a
   * `not-an-image` body was (`html`, `pdf`…). Absent in manifests of HX4 before 0.2.
   */
  format?: string;
  /** `settingsKey()` of the settings the image was processed with. */
  settings: string;
}

/**
 * Per-dataset record of every image's outcome, kept as JSON Lines and appended as images finish,
 * so a rerun knows what is done without touching the network. The last entry for an id wins.
 */
export class ImageManifest {
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly latest: Map<string, ImageManifestEntry>,
  ) {}

  /**
   * Reads the manifest at `path` (none yet is an empty manifest), a chunk at a time: a rerun of a large
   * dataset holds its entries, not also the file as one string and its lines. A last line without its newline
   * was torn by a kill mid-append: it is ignored and cut off so later appends start on a fresh line.
   */
  static async load(path: string): Promise<ImageManifest> {
    await mkdir(dirname(path), { recursive: true });
    const latest = new Map<string, ImageManifestEntry>();
    const decoder = new StringDecoder('utf8');
    let pending = '';
    let lineNumber = 0;
    let bytesRead = 0;
    let completeBytes = 0;
    try {
      for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
        const lastNewline = chunk.lastIndexOf(0x0a);
        if (lastNewline >= 0) completeBytes = bytesRead + lastNewline + 1;
        bytesRead += chunk.length;
        const lines = (pending + decoder.write(chunk)).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const entry = parseEntry(line, `${path}:${++lineNumber}`);
          latest.set(entry.id, entry);
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (completeBytes < bytesRead) await truncate(path, completeBytes);
    return new ImageManifest(path, latest);
  }

  get size(): number {
    return this.latest.size;
  }

  get(id: string): ImageManifestEntry | undefined {
    return this.latest.get(id);
  }

  /** The latest entry of every id, sorted by id. */
  entries(): ImageManifestEntry[] {
    return [...this.latest.values()].sort(byId);
  }

  /** Stored OK with these settings, and the file in `imagesDir` is still there at its recorded size. */
  async isStored(id: string, settings: string, imagesDir: string): Promise<boolean> {
    const entry = this.latest.get(id);
    if (entry?.status !== 'ok' || entry.settings !== settings) return false;
    try {
      return (await stat(join(imagesDir, imageFileName(id)))).size === entry.bytes;
    } catch {
      return false;
    }
  }

  /** Records an outcome; appends are written one after another, in call order. */
  append(entry: ImageManifestEntry): Promise<void> {
    this.latest.set(entry.id, entry);
    const line = `${JSON.stringify(entry)}\n`;
    const write = this.writes.then(() => appendFile(this.path, line, 'utf8'));
    this.writes = write.catch(() => undefined);
    return write;
  }

  /** Rewrites the file atomically with only the latest entry per id, sorted by id. */
  async compact(): Promise<void> {
    const write = this.writes.then(() => writeFileAtomic(this.path, linesInChunks(this.entries())));
    this.writes = write.catch(() => undefined);
    await write;
  }
}

/** Lines a few hundred at a time: neither one string of every image's line nor a write per line. */
function* linesInChunks(entries: readonly ImageManifestEntry[]): Generator<string> {
  for (let start = 0; start < entries.length; start += LINES_PER_WRITE) {
    yield entries
      .slice(start, start + LINES_PER_WRITE)
      .map((entry) => `${JSON.stringify(entry)}\n`)
      .join('');
  }
}

function parseEntry(line: string, where: string): ImageManifestEntry {
  let entry: Partial<ImageManifestEntry> | null;
  try {
    entry = JSON.parse(line) as Partial<ImageManifestEntry> | null;
  } catch {
    throw new Error(`${where}: image manifest line is not valid JSON`);
  }
  if (
    typeof entry?.id !== 'string' ||
    typeof entry.url !== 'string' ||
    (entry.status !== 'ok' && entry.status !== 'failed') ||
    typeof entry.settings !== 'string'
  ) {
    throw new Error(`${where}: image manifest entry lacks id, url, status or settings`);
  }
  return entry as ImageManifestEntry;
}

function byId(a: ImageManifestEntry, b: ImageManifestEntry): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
