import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MULTI_LABEL_CSV, writeCsv } from '@hx4/core';
import { discoverDatasets, mergeDatasets, PartialMergeError } from '../src/index.js';
import { buildDataset } from './support/buildDataset.js';
import { picture } from './support/pictures.js';

describe('discoverDatasets', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hx4-merge-discover-'));
    const one = async (seed: number) => [{ id: `p${seed}`, image: await picture(seed) }];
    await buildDataset(dir, 'ALPHA_1900-01-01_1970-12-31', await one(1), { archive: 'alpha', stats: false });
    await buildDataset(dir, 'BRAVO_1900-01-01_1970-12-31', await one(2), { archive: 'bravo', stats: false });
    // An earlier merge's output (HISTORY_X2), made before the other folders came.
    await mergeDatasets({ baseDir: dir, workers: 2 });
    await buildDataset(dir, 'CHARLIE_1900-01-01_1970-12-31', await one(3), { stats: false, thumbnailSize: [512, 512] });
    await buildDataset(dir, 'DELTA_1900-01-01_1970-12-31', await one(4), { stats: false, summary: { complete: false } });
    await buildDataset(dir, 'ECHO_1900-01-01_1970-12-31', await one(5), { stats: false, summary: { final: undefined } });
    const noSummary = await buildDataset(dir, 'FOXTROT_1900-01-01_1970-12-31', await one(7), { stats: false });
    await rm(join(noSummary, 'run-summary.json'));
    const badSummary = await buildDataset(dir, 'GOLF_1900-01-01_1970-12-31', await one(8), { stats: false });
    await writeFile(join(badSummary, 'run-summary.json'), '{"version": 1,');
    const noColumn = await buildDataset(dir, 'HOTEL_1900-01-01_1970-12-31', await one(9), { stats: false });
    await writeCsv(join(noColumn, MULTI_LABEL_CSV), ['id', 'label'], [{ id: 'p9', label: 'tank' }]);
    const empty = await buildDataset(dir, 'INDIA_1900-01-01_1970-12-31', await one(10), { stats: false });
    await writeCsv(join(empty, MULTI_LABEL_CSV), ['id'], []);
    await mkdir(join(dir, '.cache'));
    await writeFile(join(dir, 'notes.txt'), 'not a folder');
  }, 60_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('takes the folders whose run summary makes them datasets, and says why it leaves each other one out', async () => {
    const found = await discoverDatasets(dir);
    expect(found.datasets.map((source) => [source.dataset, source.archive])).toEqual([
      ['ALPHA_1900-01-01_1970-12-31', 'alpha'],
      ['BRAVO_1900-01-01_1970-12-31', 'bravo'],
    ]);
    expect(found.mergeOutputs).toEqual(['HISTORY_X2']);
    expect(found.skipped).toEqual([
      { dataset: 'CHARLIE_1900-01-01_1970-12-31', reason: 'thumbnail size 512×512 differs from the 256×256 of 2 of the 3 datasets' },
      { dataset: 'DELTA_1900-01-01_1970-12-31', reason: expect.stringMatching(/^an incomplete run/) },
      { dataset: 'ECHO_1900-01-01_1970-12-31', reason: expect.stringMatching(/^a metadata-only run/) },
      { dataset: 'FOXTROT_1900-01-01_1970-12-31', reason: 'unfinished: no run-summary.json yet' },
      { dataset: 'GOLF_1900-01-01_1970-12-31', reason: 'run-summary.json is not valid JSON' },
      { dataset: 'HOTEL_1900-01-01_1970-12-31', reason: 'metadata_multi_label.csv has no "doc_id" column' },
      { dataset: 'INDIA_1900-01-01_1970-12-31', reason: 'metadata_multi_label.csv has no rows' },
    ]);
  });

  it('refuses to pass a partial merge off as whole, naming every dataset it would leave out', async () => {
    const refused = mergeDatasets({ baseDir: dir, workers: 2 });
    await expect(refused).rejects.toThrow(PartialMergeError);
    await expect(refused).rejects.toThrow(
      /FOXTROT_1900-01-01_1970-12-31 \(unfinished: no run-summary.json yet\); GOLF_1900-01-01_1970-12-31 \(run-summary.json is not valid JSON\)/u,
    );
  });

  it('counts an expected archive without a dataset as missing, and passes over folders no collect run made', async () => {
    await mkdir(join(dir, 'notes'));
    await writeFile(join(dir, 'notes', 'todo.txt'), 'not a dataset');
    await mkdir(join(dir, 'JULIET_1900-01-01_1970-12-31', 'shards', '1-of-2'), { recursive: true });
    await mkdir(join(dir, 'JULIET_1900-01-01_1970-12-31', 'shards', '2-of-2'), { recursive: true });
    try {
      const summary = await mergeDatasets({ baseDir: dir, workers: 2, allowPartial: true, expectedArchives: ['alpha', 'zulu'] });
      expect(summary.skipped).toContainEqual({ dataset: 'zulu', reason: 'missing: no finished dataset of this archive' });
      expect(summary.skipped).toContainEqual({
        dataset: 'JULIET_1900-01-01_1970-12-31',
        reason: expect.stringMatching(/^unfinished: shards 1-of-2, 2-of-2 not joined yet/u),
      });
      expect(summary.skipped.map((skipped) => skipped.dataset)).not.toContain('notes');
      expect(summary.skipped.map((skipped) => skipped.dataset)).not.toContain('alpha');
    } finally {
      await rm(join(dir, 'notes'), { recursive: true });
      await rm(join(dir, 'JULIET_1900-01-01_1970-12-31'), { recursive: true });
    }
  });

  it('takes an incomplete run when asked to', async () => {
    const found = await discoverDatasets(dir, { includeIncomplete: true });
    expect(found.datasets.map((source) => source.dataset)).toContain('DELTA_1900-01-01_1970-12-31');
  });

  it('names the merged folder after the datasets actually merged', async () => {
    const summary = await mergeDatasets({ baseDir: dir, workers: 2, allowPartial: true });
    expect(summary.dataset).toBe('HISTORY_X2');
    expect(summary.skipped.map((skipped) => skipped.dataset)).toEqual([
      'CHARLIE_1900-01-01_1970-12-31',
      'DELTA_1900-01-01_1970-12-31',
      'ECHO_1900-01-01_1970-12-31',
      'FOXTROT_1900-01-01_1970-12-31',
      'GOLF_1900-01-01_1970-12-31',
      'HOTEL_1900-01-01_1970-12-31',
      'INDIA_1900-01-01_1970-12-31',
    ]);
    expect(summary.settings.thumbnailSize).toEqual([256, 256]);
  });

  it('fails with a one-line message when there is nothing to merge', async () => {
    await expect(discoverDatasets(join(dir, 'missing'))).rejects.toThrow(/^cannot read the dataset folder .*missing: ENOENT$/);
    await expect(mergeDatasets({ baseDir: join(dir, '.cache') })).rejects.toThrow(
      /^nothing to merge in .*\.cache: no dataset folder qualifies$/,
    );
    await expect(mergeDatasets({ baseDir: dir, chunkSize: 0 })).rejects.toThrow(
      'chunk size must be a positive whole number of rows, got 0',
    );
    await expect(mergeDatasets({ baseDir: dir, perceptualThreshold: 40 })).rejects.toThrow(
      /^perceptual threshold must be a whole number of bits from 0 to 15/,
    );
  });
});
