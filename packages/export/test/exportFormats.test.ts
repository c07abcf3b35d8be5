import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MULTI_LABEL_CSV, readCsv, splitCsvFile } from '@hx4/core';
import { cell, itemAt } from '@hx4/testkit';
import { EXPORT_FORMATS, exportDataset, type ExportFormat, type ExportSummary } from '../src/index.js';
import { fileDigests } from './support/fileDigests.js';
import { readExport } from './support/readExport.js';
import { simulatedDatasets, type SimulatedDatasets } from './support/simulatedDatasets.js';

const SHARD_SIZE = 7;

let datasets: SimulatedDatasets;
beforeAll(async () => {
  datasets = await simulatedDatasets();
}, 180_000);

async function csvRows(datasetDir: string, split: 'train' | 'val'): Promise<Record<string, string>[]> {
  const rows = [];
  for await (const row of readCsv(join(datasetDir, splitCsvFile(MULTI_LABEL_CSV, split)))) rows.push(row);
  return rows;
}

const exportOf = (datasetDir: string, format: ExportFormat, outDir: string) =>
  exportDataset({ datasetDir, format, outDir, ...(format === 'webdataset' ? { shardSize: SHARD_SIZE } : {}) });

describe.each([
  ['an archive dataset', 'archive'],
  ['a merged HISTORY_X2', 'merged'],
] as const)('exports of %s', (_name, which) => {
  const dir = () => datasets[which];

  it.each(EXPORT_FORMATS)(
    '%s: every row of train and val becomes a sample, and Python reads each back as the loader would',
    async (format) => {
      const out = join(datasets.base, `export-${which}-${format}`);
      const summary = await exportOf(dir(), format, out);
      expect(summary.parts.map((part) => part.split)).toEqual(['train', 'val']);
      const read = readExport(format, out) as Partial<
        Record<string, { samples?: number; rows?: number; shards?: unknown; first: unknown }>
      >;
      expect(Object.keys(summary.skipped.reasons)).toEqual(summary.skipped.total > 0 ? ['no caption'] : []);
      for (const part of summary.parts) {
        const all = await csvRows(dir(), part.split);
        // The simulator serves some records with neither title nor description: no caption, left out with that reason.
        const caption = (row: Record<string, string>) => cell(row, 'enriched_document_description');
        const rows = all.filter((row) => caption(row).trim() !== '');
        expect(rows.length).toBeGreaterThan(0);
        expect(part).toMatchObject({ rows: all.length, samples: rows.length, skipped: all.length - rows.length });
        const found = read[part.split];
        const first = itemAt(rows, 0, `${part.split} row`);
        if (format === 'webdataset') {
          expect(found?.samples).toBe(rows.length);
          expect(found?.shards).toEqual(part.files);
          expect(part.files.slice(0, -1).every((file) => file.samples === SHARD_SIZE)).toBe(true);
          expect(part.files.at(-1)?.samples).toBeLessThanOrEqual(SHARD_SIZE);
          expect(found?.first).toMatchObject({ key: '000000000', id: cell(first, 'id'), caption: caption(first) });
        } else if (format === 'imagefolder') {
          expect(found?.rows).toBe(rows.length);
          expect(found?.first).toEqual(['000000000.jpg', cell(first, 'id'), caption(first)]);
        } else {
          expect(found?.rows).toBe(rows.length);
          expect(found?.first).toEqual([cell(first, 'img_path'), caption(first)]);
        }
      }
    },
  );

  it.each(EXPORT_FORMATS)('%s: the same dataset exports to the same bytes', async (format) => {
    const [once, twice] = [join(datasets.base, `again-${which}-${format}-1`), join(datasets.base, `again-${which}-${format}-2`)];
    await exportOf(dir(), format, once);
    await exportOf(dir(), format, twice);
    const digests = await fileDigests(once);
    expect(Object.keys(digests).length).toBeGreaterThan(2);
    expect(await fileDigests(twice)).toEqual(digests);
  });
});

describe('imagefolder', () => {
  it("hard-links the dataset's images rather than copying them", async () => {
    const out = join(datasets.base, 'linked');
    await exportDataset({ datasetDir: datasets.archive, format: 'imagefolder', outDir: out, split: 'val' });
    const first = itemAt(await csvRows(datasets.archive, 'val'), 0, 'val row');
    const [exported, stored] = await Promise.all([stat(join(out, 'val', '000000000.jpg')), stat(cell(first, 'img_path'))]);
    expect(exported.ino).toBe(stored.ino);
  });
});

describe('options', () => {
  it('--split val exports val only; --caption label puts the label in every caption', async () => {
    const out = join(datasets.base, 'val-labels');
    const summary: ExportSummary = await exportDataset({
      datasetDir: datasets.merged,
      format: 'openclip-csv',
      outDir: out,
      split: 'val',
      caption: 'label',
    });
    expect(summary.parts.map((part) => part.files)).toEqual([
      [{ name: 'val.csv', samples: (await csvRows(datasets.merged, 'val')).length }],
    ]);
    const read = readExport('openclip-csv', out) as { val?: { first?: string[] } };
    expect(read.val?.first?.[1]).toBe(cell(itemAt(await csvRows(datasets.merged, 'val'), 0, 'val row'), 'label'));
  });
});
