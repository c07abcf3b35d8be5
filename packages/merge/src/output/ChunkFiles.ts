import { join } from 'node:path';
import { AtomicTextFile } from './AtomicTextFile.js';
import { chunkFile } from './mergedFileNames.js';

/**
 * Lines written in consecutive slices of `chunkSize` as `metadata_multi_label_chunk_0.csv`, `_1`, ...
 * (inputs for parallel annotation jobs, as the reference named them), each with the header. A slice
 * that is done is closed at the next `flush`; all are put in place together by `commit`.
 */
export class ChunkFiles {
  private readonly files: AtomicTextFile[] = [];
  private inCurrent = 0;
  /** Files done with but not yet closed. */
  private finished: AtomicTextFile[] = [];

  constructor(
    private readonly outputDir: string,
    private readonly header: string,
    private readonly chunkSize: number,
  ) {}

  /** The file names, once committed. */
  get written(): string[] {
    return this.files.map((_, index) => chunkFile(index));
  }

  write(line: string): void {
    let current = this.files.at(-1);
    if (!current || this.inCurrent === this.chunkSize) {
      if (current) this.finished.push(current);
      current = new AtomicTextFile(join(this.outputDir, chunkFile(this.files.length)));
      current.write(this.header);
      this.files.push(current);
      this.inCurrent = 0;
    }
    current.write(line);
    this.inCurrent++;
  }

  get full(): boolean {
    return this.finished.length > 0 || (this.files.at(-1)?.full ?? false);
  }

  async flush(): Promise<void> {
    for (const file of this.finished) await file.close();
    this.finished = [];
    await this.files.at(-1)?.flush();
  }

  async close(): Promise<void> {
    for (const file of this.files) await file.close();
    this.finished = [];
  }

  async commit(): Promise<void> {
    for (const file of this.files) await file.commit();
  }

  async discard(): Promise<void> {
    for (const file of this.files) await file.discard();
  }
}
