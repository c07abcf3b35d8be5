import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { startSimulator, type Simulator } from '@hx4/testkit';
import { discoverDatasets, mergeDatasets } from '../src/index.js';
import { collectSimulated } from './support/collectSimulated.js';

/**
 * Datasets made by plain library `collect()` calls, nothing passed but the collect options: what each
 * records of its settings is what tells the merge which of them are comparable.
 */
let sim: Simulator;
let dir: string;

beforeAll(async () => {
  sim = await startSimulator({ archives: [europeanaSimulator({ totals: { tank: 12, submarine: 8 }, imageSize: [320, 240] })] });
  dir = await mkdtemp(join(tmpdir(), 'hx4-merge-library-'));
  for (const [datasetName, thumbnailSize] of [
    ['ALPHA', [256, 256]],
    ['BRAVO', [256, 256]],
    ['CHARLIE', [128, 128]],
  ] as const) {
    await collectSimulated(dir, {
      id: datasetName.toLowerCase(),
      datasetName,
      sim,
      queries: ['tank', 'submarine'],
      thumbnailSize: [...thumbnailSize],
    });
  }
}, 60_000);

afterAll(async () => {
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

describe('datasets made by library collect() calls', () => {
  it('are told apart by the thumbnail size each recorded: the odd one is left out, named by its size', async () => {
    const found = await discoverDatasets(dir);
    expect(found.datasets.map(({ dataset, thumbnailSize }) => [dataset, thumbnailSize])).toEqual([
      ['ALPHA_1900-01-01_1970-12-31', [256, 256]],
      ['BRAVO_1900-01-01_1970-12-31', [256, 256]],
    ]);
    expect(found.skipped).toEqual([
      { dataset: 'CHARLIE_1900-01-01_1970-12-31', reason: 'thumbnail size 128×128 differs from the 256×256 of 2 of the 3 datasets' },
    ]);
    await expect(mergeDatasets({ baseDir: dir, workers: 2 })).rejects.toThrow(
      /^the merge would leave out CHARLIE_1900-01-01_1970-12-31 \(thumbnail size 128×128 differs/u,
    );
    const merged = await mergeDatasets({ baseDir: dir, workers: 2, allowPartial: true });
    expect(merged.sources.map((source) => source.dataset)).toEqual(['ALPHA_1900-01-01_1970-12-31', 'BRAVO_1900-01-01_1970-12-31']);
    expect(merged.settings.thumbnailSize).toEqual([256, 256]);
  });
});
