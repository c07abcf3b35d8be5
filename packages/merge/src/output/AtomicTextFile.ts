import type { FileHandle } from 'node:fs/promises';
import { open, rename, rm } from 'node:fs/promises';
import { tempPathFor } from '@hx4/core';

/** Characters buffered before a write: few system calls, and a small bound on what waits in memory per file. */
const FLUSH_AT = 64 * 1024;

/**
 * A text file written through a small buffer under a temp name, and put in place by `commit` only
 * (synced, then renamed), so a failed merge leaves no half-written file. `write` only buffers; the
 * caller awaits `flush` when `full`, which is what bounds memory however many rows pass through.
 */
export class AtomicTextFile {
  private readonly temp: string;
  private parts: string[] = [];
  private buffered = 0;
  private handle: FileHandle | null = null;
  private closed = false;

  constructor(readonly path: string) {
    this.temp = tempPathFor(path);
  }

  write(text: string): void {
    this.parts.push(text);
    this.buffered += text.length;
  }

  get full(): boolean {
    return this.buffered >= FLUSH_AT;
  }

  async flush(): Promise<void> {
    this.handle ??= await open(this.temp, 'w');
    if (this.buffered === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.buffered = 0;
    await this.handle.writeFile(text);
  }

  /** Writes what is buffered and syncs the temp file; `commit` then only renames it. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    await this.handle!.sync();
    await this.handle!.close();
    this.handle = null;
    this.closed = true;
  }

  async commit(): Promise<void> {
    await this.close();
    await rename(this.temp, this.path);
  }

  /** Drops the file: nothing of it stays on disk. */
  async discard(): Promise<void> {
    this.parts = [];
    this.buffered = 0;
    await this.handle?.close().catch(() => undefined);
    this.handle = null;
    await rm(this.temp, { force: true });
  }
}
