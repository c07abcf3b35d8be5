import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MULTI_LABEL_CSV, readCsv, splitCsvFile, writeCsv } from '@hx4/core';
import { cell, itemAt } from '@hx4/testkit';
import { ExportInputError, exportDataset, type ExportSummary } from '../src/index.js';
import { readExport } from './support/readExport.js';
import { simulatedDatasets } from './support/simulatedDatasets.js';

const TRAIN_CSV = splitCsvFile(MULTI_LABEL_CSV, 'train');

let damaged: string;
let rows: Record<string, string>[];
/** The train rows damaged, one per way a row can fail to become a sample, and the one whose img_path went stale. */
let damagedRows: Record<'missing' | 'truncated' | 'notJpeg' | 'uncaptioned' | 'moved', Record<string, string>>;

/** A copy of an archive dataset whose train CSV points at a missing, a truncated and a non-JPEG image, has an empty caption, and one row whose img_path is stale. */
beforeAll(async () => {
  const { base, archive } = await simulatedDatasets();
  damaged = join(base, 'DAMAGED');
  await cp(archive, damaged, { recursive: true });
  rows = [];
  for await (const row of readCsv(join(damaged, TRAIN_CSV))) rows.push(row);
  const captioned = rows.filter((row) => cell(row, 'enriched_document_description').trim() !== '');
  const pick = (index: number) => itemAt(captioned, index, 'captioned train row');
  const [missing, truncated, notJpeg, uncaptioned, moved] = [pick(0), pick(1), pick(2), pick(3), pick(4)];
  const images = join(damaged, 'images');
  Object.assign(missing, { img_path: join(images, 'gone.jpg'), file_name: 'images/gone.jpg' });
  const whole = await readFile(join(damaged, cell(truncated, 'file_name')));
  await writeFile(join(images, 'half.jpg'), whole.subarray(0, whole.length >> 1));
  truncated.img_path = join(images, 'half.jpg');
  await writeFile(join(images, 'page.jpg'), '<html><body>Not found</body></html>');
  notJpeg.img_path = join(images, 'page.jpg');
  uncaptioned.enriched_document_description = ' \n\t ';
  // As if the dataset had been collected elsewhere and moved here: file_name, relative to the folder, still finds it.
  moved.img_path = join('/nonexistent', 'moved', cell(moved, 'file_name'));
  damagedRows = { missing, truncated, notJpeg, uncaptioned, moved };
  await writeCsv(join(damaged, TRAIN_CSV), Object.keys(itemAt(rows, 0, 'train row')), rows);
}, 180_000);

describe('rows that cannot become samples', () => {
  let summary: ExportSummary;
  let out: string;
  beforeAll(async () => {
    out = join(damaged, 'exports', 'webdataset');
    summary = await exportDataset({ datasetDir: damaged, format: 'webdataset', split: 'train', shardSize: 5 });
  });

  it('are left out with their reason and id, and every row read is a sample or a skip', () => {
    const train = itemAt(summary.parts, 0, 'part');
    expect(train.rows).toBe(rows.length);
    expect(train.samples + train.skipped).toBe(train.rows);
    const example = (reason: string) => summary.skipped.examples[reason]?.map((row) => row.id);
    const { missing, truncated, notJpeg, uncaptioned } = damagedRows;
    expect(example('image missing')).toEqual([missing.id]);
    expect(summary.skipped.examples['image missing']?.[0]?.detail).toBe(missing.img_path);
    expect(example('image truncated')).toEqual([truncated.id]);
    expect(example('image is not a JPEG')).toEqual([notJpeg.id]);
    expect(example('no caption')).toContain(uncaptioned.id);
    expect(summary.skipped.total).toBe(train.skipped);
    expect(Object.values(summary.skipped.reasons).reduce((sum, count) => sum + count, 0)).toBe(train.skipped);
  });

  it('leave only complete samples in the shards, which Python reads back', () => {
    const read = readExport('webdataset', out) as { train?: { samples: number } };
    expect(read.train?.samples).toBe(itemAt(summary.parts, 0, 'part').samples);
  });

  it('an image whose img_path went stale is found by file_name under the dataset folder', async () => {
    const csvOut = join(damaged, 'exports', 'openclip-csv');
    await exportDataset({ datasetDir: damaged, format: 'openclip-csv', split: 'train' });
    const read = readExport('openclip-csv', csvOut) as { train?: { rows: number } };
    expect(read.train?.rows).toBe(itemAt(summary.parts, 0, 'part').samples);
    expect(await readFile(join(csvOut, 'train.csv'), 'utf8')).toContain(`${join(damaged, cell(damagedRows.moved, 'file_name'))}\t`);
  });
});

describe('a failed export', () => {
  it('leaves the previous export as it was and no staging folder', async () => {
    const out = join(damaged, 'exports', 'kept');
    const first = await exportDataset({ datasetDir: damaged, format: 'openclip-csv', split: 'train', outDir: out });
    const before = await readFile(join(out, 'train.csv'));
    // A folder where an image should be: reading it fails, and so does the export.
    const broken = rows.map((row, index) =>
      index === rows.length - 1 ? { ...row, img_path: join(damaged, 'images', 'folder.jpg') } : row,
    );
    await mkdir(join(damaged, 'images', 'folder.jpg'));
    await writeCsv(join(damaged, TRAIN_CSV), Object.keys(itemAt(rows, 0, 'train row')), broken);
    try {
      await expect(exportDataset({ datasetDir: damaged, format: 'openclip-csv', split: 'train', outDir: out })).rejects.toThrow(/EISDIR/);
    } finally {
      await writeCsv(join(damaged, TRAIN_CSV), Object.keys(itemAt(rows, 0, 'train row')), rows);
    }
    expect(await readFile(join(out, 'train.csv'))).toEqual(before);
    expect(JSON.parse(await readFile(join(out, 'export-summary.json'), 'utf8'))).toEqual(first);
    expect((await readdir(join(damaged, 'exports'))).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('bad input', () => {
  it('a caption column the dataset lacks is refused before anything is written', async () => {
    const bare = join(damaged, '..', 'NO_DESCRIPTION');
    await cp(damaged, bare, { recursive: true });
    const columns = Object.keys(itemAt(rows, 0, 'train row')).filter((column) => column !== 'description');
    await writeCsv(join(bare, TRAIN_CSV), columns, rows);
    await expect(
      exportDataset({ datasetDir: bare, format: 'openclip-csv', caption: 'description', outDir: join(bare, 'out') }),
    ).rejects.toThrow(new ExportInputError('metadata_multi_label_train.csv has no description column for the description caption'));
    expect(await readdir(bare)).not.toContain('out');
  });
});
