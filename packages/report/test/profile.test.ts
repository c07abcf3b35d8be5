import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAW_SINGLE_LABEL_COLUMNS, writeCsv } from '@hx4/core';
import { profileDataset } from '../src/dataset/index.js';
import { writeReport } from '../src/index.js';
import { archiveSummary, mergedSummary, row, tempBase, writeDatasetCsvs, writeSummary, type FixtureRow } from './support/datasetFixture.js';

const ROWS: FixtureRow[] = [
  { id: 'a1', label: 'tank', year: 1916, split: 'train', labels: ['tank', 'soldier'] },
  { id: 'a2', label: 'tank', year: 1916, split: 'val' },
  { id: 'a3', label: 'tank', year: null, split: 'train' },
  { id: 'b1', label: 'ship', year: 1942, split: 'val', labels: ['ship', 'soldier'] },
  { id: 'c1', label: 'jeep', year: 1944 },
];

async function dataset(rows: readonly FixtureRow[]): Promise<string> {
  const dir = join(await tempBase('profile'), 'EUROPEANA_1900-01-01_1970-12-31');
  await mkdir(dir, { recursive: true });
  await writeDatasetCsvs(dir, rows);
  return dir;
}

describe('profileDataset', () => {
  it('counts labels, years, undated rows, splits and multi-label figures while streaming', async () => {
    const profile = await profileDataset(await dataset(ROWS), { sampleImages: false });
    expect(profile.rows).toBe(5);
    expect(Object.fromEntries(profile.labels)).toEqual({ tank: 3, ship: 1, jeep: 1 });
    expect(Object.fromEntries(profile.years)).toEqual({ 1916: 2, 1942: 1, 1944: 1 });
    expect(profile.undated).toBe(1);
    expect(Object.fromEntries(profile.train.labels)).toEqual({ tank: 2 });
    expect(Object.fromEntries(profile.val.labels)).toEqual({ tank: 1, ship: 1 });
    expect(Object.fromEntries(profile.multi.canonicalLabels)).toEqual({ tank: 3, ship: 1, soldier: 2, jeep: 1 });
    expect(Object.fromEntries(profile.multi.labelsPerImage)).toEqual({ 1: 3, 2: 2 });
  });

  it('samples one validation image per label, the same whatever the row order', async () => {
    const many = Array.from({ length: 30 }, (_, i): FixtureRow => ({
      id: `r${i}`,
      label: `l${i % 3}`,
      year: 1940,
      split: 'val',
    }));
    const forward = await profileDataset(await dataset(many), { sampleImages: true });
    const backward = await profileDataset(await dataset([...many].reverse()), { sampleImages: true });
    expect([...forward.samples.keys()].sort()).toEqual(['l0', 'l1', 'l2']);
    expect(new Map([...forward.samples].map(([label, sample]) => [label, sample.id]))).toEqual(
      new Map([...backward.samples].map(([label, sample]) => [label, sample.id])),
    );
    expect(forward.samplesFrom).toBe('metadata_single_label_val.csv');
  });

  it('reads the raw CSV of a metadata-only run, with empty splits', async () => {
    const dir = join(await tempBase('raw'), 'EUROPEANA_1900-01-01_1970-12-31');
    await writeCsv(
      join(dir, 'metadata_single_label_raw.csv'),
      RAW_SINGLE_LABEL_COLUMNS,
      ROWS.map((fixture) => row(dir, 'X', fixture)),
    );
    const profile = await profileDataset(dir, { sampleImages: false });
    expect(profile.table).toBe('metadata_single_label_raw.csv');
    expect(profile.rows).toBe(5);
    expect(profile.train).toMatchObject({ file: null, rows: 0 });
  });
});

describe('writeReport on a dataset without images', () => {
  it.each([
    ['archive', archiveSummary('X')],
    ['merged', mergedSummary('X')],
  ])('still writes the charts, the card and croissant.json (%s)', async (_, summary) => {
    const dir = await dataset([]);
    await writeSummary(dir, summary);
    const { files } = await writeReport(dir);
    expect(files.some((file) => file.endsWith('report.html'))).toBe(true);
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('No labelled images');
    expect(html).toContain('0 undated images');
  });
});

describe('writeReport on bad input', () => {
  it('names a folder without run-summary.json', async () => {
    const dir = await dataset(ROWS);
    await expect(writeReport(dir)).rejects.toThrow(`${dir} is not an hx4 dataset folder: it has no run-summary.json`);
  });

  it('names a run-summary.json that is not JSON', async () => {
    const dir = await dataset(ROWS);
    await writeFile(join(dir, 'run-summary.json'), '{ not json');
    await expect(writeReport(dir)).rejects.toThrow(/run-summary\.json is not valid JSON$/);
  });

  it('names a dataset folder without metadata CSVs', async () => {
    const dir = await dataset(ROWS);
    await writeSummary(dir, archiveSummary('X'));
    await rm(join(dir, 'metadata_single_label.csv'));
    await expect(writeReport(dir)).rejects.toThrow(/has neither metadata_single_label\.csv nor metadata_single_label_raw\.csv$/);
  });

  it('names a merged summary without sources', async () => {
    const dir = await dataset(ROWS);
    await writeSummary(dir, { ...mergedSummary('X'), sources: undefined });
    await expect(writeReport(dir)).rejects.toThrow(/run-summary\.json \(merged\) has no field "sources"$/);
  });

  it('names the field of a run summary that is not what collect writes', async () => {
    const dir = await dataset(ROWS);
    const summary = archiveSummary('X');
    await writeSummary(dir, { ...summary, rows: { ...summary.rows, accepted: -1 } });
    await expect(writeReport(dir)).rejects.toThrow(/run-summary\.json field "rows\.accepted" is -1, expected >=0$/);
  });
});
