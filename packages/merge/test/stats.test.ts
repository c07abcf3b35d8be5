import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cell, itemAt } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeImageStats, readStatsFile, type Reporter } from '@hx4/core';
import { mergeDatasets } from '../src/index.js';
import { buildDataset } from './support/buildDataset.js';
import { picture, reencoded, resized } from './support/pictures.js';
import { readTable } from './support/readTable.js';

const MERGED = 'HISTORY_X2';

function recorder(): Reporter & { lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (level, message) => lines.push(`${level}: ${message}`), progress() {} };
}

async function expectExactStats(dir: string): Promise<void> {
  const rows = await readTable(join(dir, MERGED, 'metadata_multi_label.csv'));
  const direct = await computeImageStats(
    rows.map((row) => cell(row, 'img_path')),
    { concurrency: 2 },
  );
  const merged = await readStatsFile(join(dir, MERGED));
  expect([merged.images, merged.pixels]).toEqual([rows.length, direct.pixels]);
  for (const channel of [0, 1, 2] as const) {
    expect(Math.abs(merged.mean[channel] - direct.mean[channel])).toBeLessThan(1e-9);
    expect(Math.abs(merged.std[channel] - direct.std[channel])).toBeLessThan(1e-9);
  }
}

describe('merged image statistics', () => {
  let dir: string;
  const A = 'A_ARCHIVE_1900-01-01_1970-12-31';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hx4-merge-stats-'));
    const pics = await Promise.all([1, 2, 3, 4, 5, 6].map((seed) => picture(seed, 200 + seed * 10, 150)));
    const pic = (index: number) => itemAt(pics, index, 'picture');
    // A holds one picture twice (its stats.json counts both), B copies two of A's and has its own, and no stats.json.
    await buildDataset(dir, A, [
      { id: 'a1', image: pic(0) },
      { id: 'a2', image: pic(1) },
      { id: 'a2-again', image: pic(1) },
      { id: 'a3', image: pic(2) },
    ]);
    await buildDataset(
      dir,
      'B_ARCHIVE_1900-01-01_1970-12-31',
      [
        { id: 'b1', image: await reencoded(pic(0), 50) },
        { id: 'b3', image: await resized(pic(2), 120) },
        { id: 'b4', image: pic(3) },
        { id: 'b5', image: pic(4) },
      ],
      { stats: false },
    );
  }, 60_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('computes them from the images of a source without stats.json when asked, exact to 1e-9', async () => {
    const summary = await mergeDatasets({ baseDir: dir, workers: 2, imgMeanStd: true });
    expect(summary.duplicates).toEqual({ url: 0, bytes: 1, perceptual: 2 });
    expect(summary.stats?.images).toBe(5);
    await expectExactStats(dir);
  });

  it('writes none (and removes an earlier merge’s) when a source has no stats.json and it was not asked to', async () => {
    const reporter = recorder();
    const summary = await mergeDatasets({ baseDir: dir, workers: 2, reporter });
    expect(summary.stats).toBeUndefined();
    for (const file of ['stats.json', 'img_rgb_mean.gz', 'img_rgb_std.gz']) expect(existsSync(join(dir, MERGED, file))).toBe(false);
    expect(reporter.lines).toContain(
      'info: no merged image statistics: B_ARCHIVE_1900-01-01_1970-12-31 has no readable stats.json (collect with --img-mean-std, or merge with it)',
    );
  });

  it('does not trust a stats.json that covers other rows than the CSV', async () => {
    const statsFile = join(dir, A, 'stats.json');
    const stats = JSON.parse(await readFile(statsFile, 'utf8'));
    await writeFile(statsFile, JSON.stringify({ ...stats, images: (stats.images as number) + 1 }));
    const reporter = recorder();
    await mergeDatasets({ baseDir: dir, workers: 2, imgMeanStd: true, reporter });
    expect(reporter.lines).toContain(`info: ${A} has a stats.json of 5 images for 4 rows: its statistics come from its images`);
    await expectExactStats(dir);
  });
});

describe('merged image statistics when a whole source is duplicates', () => {
  it('leaves that source out of the sums', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-merge-stats-all-'));
    try {
      const [first, second] = await Promise.all([picture(41), picture(42)]);
      await buildDataset(dir, 'A_ARCHIVE_1900-01-01_1970-12-31', [
        { id: 'a1', image: first },
        { id: 'a2', image: second },
      ]);
      await buildDataset(dir, 'C_ARCHIVE_1900-01-01_1970-12-31', [{ id: 'c1', image: first }]);
      const summary = await mergeDatasets({ baseDir: dir, workers: 2 });
      expect(summary.sources.map((source) => source.kept)).toEqual([2, 0]);
      await expectExactStats(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
