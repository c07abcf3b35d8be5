import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chunkSink, csvSink, writeCsvs } from '../src/index.js';

async function* numbers(count: number, failAt = -1): AsyncGenerator<number> {
  for (let n = 0; n < count; n++) {
    if (n === failAt) throw new Error(`source broke at ${n}`);
    yield n;
  }
}

describe('writeCsvs', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hx4-merge-csvs-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes every sink from one pass, each with the records it picks', async () => {
    const chunks = chunkSink(dir, ['n'], 4000, (n: number) => ({ n }));
    const counts = await writeCsvs(
      [
        csvSink(join(dir, 'all.csv'), ['n', 'square'], (n: number) => ({ n, square: n * n })),
        csvSink(join(dir, 'even.csv'), ['n'], (n: number) => (n % 2 === 0 ? { n } : null)),
        chunks,
      ],
      numbers(10_001),
    );
    expect(counts).toEqual([10_001, 5_001, 10_001]);
    const lines = async (file: string) => (await readFile(join(dir, file), 'utf8')).trimEnd().split('\n');
    expect((await lines('all.csv')).slice(0, 3)).toEqual(['n,square', '0,0', '1,1']);
    expect((await lines('even.csv')).at(-1)).toBe('10000');
    expect(chunks.written).toEqual(['metadata_multi_label_chunk_0.csv', 'metadata_multi_label_chunk_1.csv', 'metadata_multi_label_chunk_2.csv']);
    const lastChunk = await lines('metadata_multi_label_chunk_2.csv');
    expect([lastChunk.length, lastChunk[1], lastChunk.at(-1)]).toEqual([1 + 2001, '8000', '10000']);
  });

  it('leaves no file, finished or half written, when the source fails', async () => {
    const failing = writeCsvs(
      [csvSink(join(dir, 'all.csv'), ['n'], (n: number) => ({ n })), csvSink(join(dir, 'odd.csv'), ['n'], (n: number) => (n % 2 ? { n } : null))],
      numbers(50_000, 30_000),
    );
    await expect(failing).rejects.toThrow('source broke at 30000');
    expect(await readdir(dir)).toEqual([]);
  });
});
