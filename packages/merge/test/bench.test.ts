import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMergeBenchInput, mergeDatasets, type MergeBenchInput } from '../src/index.js';

describe('generateMergeBenchInput', () => {
  let dir: string;
  let input: MergeBenchInput;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hx4-merge-bench-'));
    input = await generateMergeBenchInput(dir, { archives: 4, rows: 6_002, duplicateShare: 0.2 });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes datasets the merge reads without decoding an image, and whose planted copies it finds exactly', async () => {
    expect(input.datasets).toHaveLength(4);
    const summary = await mergeDatasets({ baseDir: dir, chunkSize: 2_000, workers: 1 });
    expect(summary.sources.map((source) => source.rows)).toEqual([1_501, 1_501, 1_500, 1_500]);
    expect(summary.images).toEqual({ hashed: 0, cached: 6_002 });
    expect(Math.min(...Object.values(input.planted))).toBeGreaterThan(100);
    expect(summary.duplicates).toEqual(input.planted);
    expect(summary.final.chunks).toBe(Math.ceil(summary.final.multiLabel / 2_000));
    expect(summary.stats?.images).toBe(summary.final.multiLabel);
  });

  it('rejects sizes it cannot lay out', async () => {
    await expect(generateMergeBenchInput(dir, { archives: 3, rows: 2 })).rejects.toThrow(/whole numbers of archives/);
  });
});
