import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { compareAscending } from '../rows/compareAscending.js';

/** How much JSON a sorter holds before it sorts it and writes it out as a run. */
const CHUNK_CHARS = 4 * 1024 * 1024;

interface RunReader {
  stream: ReadStream;
  lines: AsyncIterator<string, undefined>;
}

/**
 * Sorts more items than should stay in memory: items are held as JSON lines, at most `chunkChars` of them at
 * a time; a full chunk is sorted by key (code-unit order) and written to a run file, and `sorted()` merges the
 * runs. Items with equal keys come out in the order they were added. Memory stays near `chunkChars` plus a
 * read buffer per run, whatever the number of items (with the garbage of the code that makes and reads the items
 * bounded, as `withSmallHeap` does). Items must survive `JSON.stringify` unchanged.
 */
export class DiskSorter<T> {
  private chunk: { key: string; line: string }[] = [];
  private chunkChars = 0;
  private readonly runs: string[] = [];
  private count = 0;

  private constructor(
    private readonly dir: string,
    private readonly keyOf: (item: T) => string,
    private readonly maxChunkChars: number,
  ) {}

  /** A sorter whose runs go into a new folder under `parentDir`; `remove()` deletes it. */
  static async create<T>(parentDir: string, keyOf: (item: T) => string, maxChunkChars = CHUNK_CHARS): Promise<DiskSorter<T>> {
    await mkdir(parentDir, { recursive: true });
    return new DiskSorter(await mkdtemp(join(parentDir, 'sort-')), keyOf, maxChunkChars);
  }

  /** How many items were added. */
  get size(): number {
    return this.count;
  }

  async add(item: T): Promise<void> {
    const line = JSON.stringify(item);
    this.chunk.push({ key: this.keyOf(item), line });
    this.chunkChars += line.length;
    this.count++;
    if (this.chunkChars >= this.maxChunkChars) await this.writeRun();
  }

  /** Every item added, by key. Can be read again; items added later are included in the next reading. */
  async *sorted(): AsyncGenerator<T> {
    await this.writeRun();
    const readers = this.runs.map(openRun);
    try {
      const heads = await Promise.all(readers.map((reader) => this.next(reader)));
      for (;;) {
        // Few runs (one per chunk), so a scan finds the smallest head; the first run wins a tie, keeping order.
        let smallest = -1;
        let smallestKey = '';
        for (const [index, head] of heads.entries()) {
          if (head && (smallest < 0 || head.key < smallestKey)) [smallest, smallestKey] = [index, head.key];
        }
        const head = heads[smallest];
        const reader = readers[smallest];
        if (!head || !reader) return;
        yield head.item;
        heads[smallest] = await this.next(reader);
      }
    } finally {
      for (const reader of readers) reader.stream.destroy();
    }
  }

  /** Deletes the runs. */
  async remove(): Promise<void> {
    this.chunk = [];
    await rm(this.dir, { recursive: true, force: true });
  }

  private async writeRun(): Promise<void> {
    if (this.chunk.length === 0) return;
    // Array.prototype.sort is stable: equal keys keep the order they were added in.
    const lines = this.chunk.sort((a, b) => compareAscending(a.key, b.key)).map(({ line }) => line);
    this.chunk = [];
    this.chunkChars = 0;
    const path = join(this.dir, `run-${String(this.runs.length)}.jsonl`);
    await writeFile(path, `${lines.join('\n')}\n`);
    this.runs.push(path);
  }

  private async next(reader: RunReader): Promise<{ key: string; item: T } | null> {
    const line = await reader.lines.next();
    if (line.done === true) return null;
    const item = JSON.parse(line.value) as T;
    return { key: this.keyOf(item), item };
  }
}

function openRun(path: string): RunReader {
  const stream = createReadStream(path, { encoding: 'utf8' });
  return { stream, lines: createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]() };
}
