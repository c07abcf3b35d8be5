import { existsSync } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemAt, killWhen } from '@hx4/testkit';
import { exportDataset } from '../src/index.js';
import { readExport } from './support/readExport.js';
import { simulatedDatasets } from './support/simulatedDatasets.js';

const childScript = fileURLToPath(new URL('./support/exportChild.mjs', import.meta.url));
const built = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const TAR_END = Buffer.alloc(1024);

let merged: string;
beforeAll(async () => {
  ({ merged } = await simulatedDatasets());
}, 180_000);

/** The hidden staging folders beside `out`: where an export is built before it replaces `out`. */
async function stagingFolders(out: string): Promise<string[]> {
  const names = await readdir(dirname(out));
  return names.filter((name) => name.startsWith(`.${basename(out)}.`)).map((name) => join(dirname(out), name));
}

/** A `.tar` that ends in the two zero blocks that close an archive: what a reader takes for a whole one. */
async function looksWhole(path: string): Promise<boolean> {
  const { size } = await stat(path);
  if (size < TAR_END.length || size % 512 !== 0) return false;
  const handle = await open(path, 'r');
  try {
    const tail = Buffer.alloc(TAR_END.length);
    await handle.read(tail, 0, tail.length, size - tail.length);
    return tail.equals(TAR_END);
  } finally {
    await handle.close();
  }
}

describe('an export killed midway', () => {
  it('leaves no export folder and no shard that looks whole but is not; the next export clears its leftovers', async () => {
    if (!existsSync(built)) throw new Error('packages/export/dist is missing: run `npm run build` (npm test does)');
    const out = join(dirname(merged), 'killed-webdataset');
    let shardsSeen: string[] = [];
    const spec = { datasetDir: merged, format: 'webdataset', shardSize: 1, outDir: out };
    const signal = await killWhen(childScript, [JSON.stringify(spec)], async () => {
      const [staging] = await stagingFolders(out);
      if (!staging) return false;
      shardsSeen = (await readdir(staging)).map((name) => join(staging, name));
      return shardsSeen.filter((name) => name.endsWith('.tar')).length >= 5;
    });
    expect(signal).toBe('SIGKILL');
    expect(existsSync(out)).toBe(false);
    const staging = itemAt(await stagingFolders(out), 0, 'staging folder');
    for (const name of await readdir(staging)) {
      // Finished shards carry their name; the one being written still has its temp name.
      if (name.endsWith('.tar')) expect(await looksWhole(join(staging, name)), name).toBe(true);
      else expect(name).toMatch(/^\.train-\d{6}\.tar\.\d+\.[0-9a-f]{8}\.tmp$/);
    }

    const summary = await exportDataset({ datasetDir: merged, format: 'webdataset', shardSize: 50, outDir: out });
    expect(await stagingFolders(out)).toEqual([]);
    const read = readExport('webdataset', out) as Record<string, { samples: number }>;
    for (const part of summary.parts) expect(read[part.split]?.samples).toBe(part.samples);
  });
});
