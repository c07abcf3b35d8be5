import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { pack, type Header, type Pack } from 'tar-stream';
import { tempPathFor } from '@hx4/core';

/**
 * Every entry's owner, mode and time are fixed, so the same samples give the same bytes on any machine and
 * at any time (as reproducible-build tarballs do with SOURCE_DATE_EPOCH).
 */
const FIXED_HEADER = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '', mode: 0o644 } as const satisfies Partial<Header>;

/**
 * One WebDataset shard, written under a temp name and renamed when complete, so a killed export never
 * leaves a truncated `.tar` that looks whole. Entries stream into the file with back-pressure: only the
 * entry being written is in memory.
 */
export class TarShard {
  private readonly tar: Pack = pack();
  private readonly temp: string;
  private readonly written: Promise<void>;
  samples = 0;

  constructor(readonly path: string) {
    this.temp = tempPathFor(path);
    this.written = pipeline(this.tar, createWriteStream(this.temp));
    // Awaited in add/close; until then a write error must not count as unhandled.
    this.written.catch(() => undefined);
  }

  async add(entries: readonly { name: string; data: Buffer }[]): Promise<void> {
    for (const { name, data } of entries) await this.entry(name, data);
    this.samples++;
  }

  /** Ends the archive, flushes it to disk and gives it its final name. */
  async close(): Promise<void> {
    this.tar.finalize();
    await this.written;
    const handle = await open(this.temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(this.temp, this.path);
  }

  async abort(): Promise<void> {
    this.tar.destroy();
    await this.written.catch(() => undefined);
    await rm(this.temp, { force: true });
  }

  private async entry(name: string, data: Buffer): Promise<void> {
    const added = new Promise<void>((resolve, reject) => {
      this.tar.entry({ ...FIXED_HEADER, name }, data, (error) => {
        if (error) reject(error);
        else resolve();
      });
    });
    // A failed file write ends the pipeline; the entry's callback may then never come.
    await Promise.race([added, this.written.then(() => added)]);
  }
}
