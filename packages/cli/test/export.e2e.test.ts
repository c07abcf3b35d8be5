import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
// The export package's Python readers (tarfile + Pillow, pandas), so the command's output is read as the library's is.
// eslint-disable-next-line @nx/enforce-module-boundaries -- a test helper of another package's tests, not published code
import { readExport } from '../../export/test/support/readExport.js';
import { runHx4 } from './support/hx4Process.js';
import { useSimulator } from './support/useSimulator.js';

const DATASET = 'EUROPEANA_1900-01-01_1970-12-31';

const simulator = useSimulator({ archives: [europeanaSimulator({ totals: { tank: 25, submarine: 15 }, imageSize: [320, 240] })] });
let dir: string;
let root: string;

beforeAll(async () => {
  dir = await simulator.newDir();
  root = join(dir, DATASET);
  const collected = await runHx4(
    simulator.collectArgs('europeana', dir, ['tank', 'submarine'], ['--thumbnail-size', '256,256', '-nw', '4']),
  );
  expect(collected.code, collected.stderr).toBe(0);
}, 180_000);

describe('hx4 export', () => {
  it('writes the export into the dataset, says how to load it, and the card links it', async () => {
    const run = await runHx4(['export', root, '--format', 'webdataset', '--shard-size', '10']);
    expect(run.code, run.stderr).toBe(0);
    const out = join(root, 'exports', 'webdataset');
    expect(run.stderr).toContain('load it in Python:');
    expect(run.stderr).toContain(`wds.WebDataset("${out}/train-{000000..`);
    const summary = JSON.parse(await readFile(join(out, 'export-summary.json'), 'utf8')) as { parts: { split: string; samples: number }[] };
    const read = readExport('webdataset', out) as Record<string, { samples: number }>;
    for (const part of summary.parts) expect(read[part.split]?.samples).toBe(part.samples);
    const card = await readFile(join(root, 'report.html'), 'utf8');
    expect(card).toContain('<a href="exports/webdataset/">exports/webdataset/</a>');
    expect(card).toContain('import webdataset as wds');
  });

  it('writes open_clip CSVs to -o, and exporting again replaces the earlier export with the same bytes', async () => {
    const out = join(dir, 'clip');
    const args = ['export', root, '-f', 'openclip-csv', '--caption', 'label', '-o', out];
    expect((await runHx4(args)).code).toBe(0);
    const first = await readFile(join(out, 'train.csv'));
    expect((await runHx4(args)).code).toBe(0);
    expect(await readFile(join(out, 'train.csv'))).toEqual(first);
    expect((await readdir(dir)).filter((name) => name.startsWith('.clip.'))).toEqual([]);
    const read = readExport('openclip-csv', out) as Record<string, { rows: number }>;
    expect(read.train?.rows).toBeGreaterThan(0);
  });

  describe('bad input: one line naming the problem, exit code 2, nothing written', () => {
    const cases: [string, () => string[], RegExp][] = [
      [
        'an unknown format',
        () => ['export', root, '--format', 'tfrecord'],
        /unknown format "tfrecord": one of webdataset, imagefolder, openclip-csv/,
      ],
      ['no format', () => ['export', root], /Missing required argument: format/],
      ['an unknown split', () => ['export', root, '-f', 'imagefolder', '--split', 'test'], /unknown split "test"/],
      ['an unknown caption', () => ['export', root, '-f', 'imagefolder', '--caption', 'subjects'], /unknown caption "subjects"/],
      ['a shard size of zero', () => ['export', root, '-f', 'webdataset', '--shard-size', '0'], /--shard-size must be a whole number/],
      [
        'a shard size for a format without shards',
        () => ['export', root, '-f', 'imagefolder', '--shard-size', '5'],
        /webdataset format only/,
      ],
      ['a folder that is not a dataset', () => ['export', dir, '-f', 'imagefolder'], /no run-summary\.json/],
      [
        'an output folder holding other files',
        () => ['export', root, '-f', 'imagefolder', '-o', join(root, 'images')],
        /not an hx4 export/,
      ],
    ];
    it.each(cases)('%s', async (_name, args, message) => {
      const before = existsSync(join(root, 'exports', 'imagefolder'));
      const run = await runHx4(args());
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(existsSync(join(root, 'exports', 'imagefolder'))).toBe(before);
      expect(existsSync(join(dir, 'exports'))).toBe(false);
    });
  });
});
