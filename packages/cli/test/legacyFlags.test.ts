import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunSummary } from '@hx4/core';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { itemAt, present, startSimulator, type Simulator } from '@hx4/testkit';
import { main } from '../src/main.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ archives: [europeanaSimulator({ totals: { tank: 8 }, imageSize: [480, 360] })] });
});
afterAll(() => sim.close());

/** Runs `hx4` in this process (quiet) and returns the run summary of the one dataset it wrote. */
async function collect(args: string[]): Promise<{ code: number; summary: RunSummary; dataset: string }> {
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main(['collect', 'europeana', '--endpoint', sim.endpoint('europeana'), '--query', 'tank', '--rps', '1000', ...args]);
    const dir = present(args[args.findIndex((arg) => arg === '-d' || arg === '-ddir') + 1], 'the -d folder');
    const name = itemAt(await readdir(dir), 0, 'dataset folder');
    const summary = JSON.parse(await readFile(join(dir, name, 'run-summary.json'), 'utf8'));
    return { code, summary, dataset: join(dir, name) };
  } finally {
    spy.mockRestore();
  }
}

async function imageSizes(dataset: string): Promise<number[]> {
  const dir = join(dataset, 'images');
  const sides: number[] = [];
  for (const name of await readdir(dir)) {
    const { width, height } = await sharp(join(dir, name)).metadata();
    sides.push(Math.max(width, height));
  }
  return sides;
}

describe('the History-X4 spellings', () => {
  it('mean exactly what the HX4 spellings mean', async () => {
    const modern = await collect([
      '-d',
      await mkdtemp(join(tmpdir(), 'hx4-flags-')),
      '--start-date',
      '1914-01-01',
      '--end-date',
      '1945-12-31',
      '--num-workers',
      '3',
      '--val-split-pct',
      '0.3',
      '--seed',
      '7',
      '--thumbnail-size',
      '300,200',
      '--img-mean-std',
      '--batch-size',
      '64',
    ]);
    const legacy = await collect([
      '-ddir',
      await mkdtemp(join(tmpdir(), 'hx4-flags-')),
      '-sdt',
      '1914-01-01',
      '-edt',
      '1945-12-31',
      '-nw',
      '3',
      '-vsp',
      '0.3',
      '-s',
      '7',
      '--thumbnail_size',
      '300',
      '200',
      '--img_mean_std',
      '-bs',
      '64',
    ]);
    expect(modern.code).toBe(0);
    expect(legacy.code).toBe(0);
    expect(legacy.summary.dataset).toBe('EUROPEANA_1914-01-01_1945-12-31');
    expect(legacy.summary.settings).toEqual(modern.summary.settings);
    expect(legacy.summary.settings).toMatchObject({
      window: { start: '1914-01-01', end: '1945-12-31' },
      workers: 3,
      valFraction: 0.3,
      seed: 7,
      thumbnailSize: [300, 200],
    });
    expect(legacy.summary.stats!.images).toBe(legacy.summary.final!.multiLabel);
  });
});

describe('--enable_thumbnailing with --large_image_threshold_mb', () => {
  it('shrinks only the files above the threshold', async () => {
    const allSmall = await collect([
      '-d',
      await mkdtemp(join(tmpdir(), 'hx4-flags-')),
      '--enable_thumbnailing',
      '--thumbnail_size',
      '256x256',
      '--large_image_threshold_mb',
      '100',
    ]);
    const allLarge = await collect([
      '-d',
      await mkdtemp(join(tmpdir(), 'hx4-flags-')),
      '--enable-thumbnailing',
      '--thumbnail-size',
      '256',
      '256',
      '--large-image-threshold-mb',
      '0.001',
    ]);
    expect(allSmall.summary.settings.largeImageThresholdBytes).toBe(100 * 1024 * 1024);
    expect(allLarge.summary.settings.largeImageThresholdBytes).toBe(1049);
    const kept = await imageSizes(allSmall.dataset);
    const shrunk = await imageSizes(allLarge.dataset);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((side) => side === 480)).toBe(true);
    expect(shrunk.length).toBe(kept.length);
    expect(shrunk.every((side) => side === 256)).toBe(true);
  });

  it('defaults to a 1000x1000 box and a 1 MB threshold', async () => {
    const { summary } = await collect(['-d', await mkdtemp(join(tmpdir(), 'hx4-flags-')), '--enable_thumbnailing', '--metadata-only']);
    expect(summary.settings).toMatchObject({ thumbnailSize: [1000, 1000], largeImageThresholdBytes: 1024 * 1024 });
  });
});
