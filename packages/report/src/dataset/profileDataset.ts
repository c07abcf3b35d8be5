import { join } from 'node:path';
import { MULTI_LABEL_CSV, RAW_MULTI_LABEL_CSV, RAW_SINGLE_LABEL_CSV, SINGLE_LABEL_CSV, readRows } from '@hx4/core';
import { increment } from '../figures/index.js';
import type { DatasetProfile, SplitProfile } from './DatasetProfile.js';
import type { RightsTally } from './RightsTally.js';
import { LabelSampler } from './LabelSampler.js';
import { fileExists } from './fileExists.js';

const splitFile = (split: 'train' | 'val') => SINGLE_LABEL_CSV.replace(/\.csv$/, `_${split}.csv`);

/** Streams the dataset's CSVs once each and aggregates what the charts and the card show. */
export async function profileDataset(datasetDir: string, options: { sampleImages: boolean }): Promise<DatasetProfile> {
  const table = await firstExisting(datasetDir, [SINGLE_LABEL_CSV, RAW_SINGLE_LABEL_CSV]);
  if (!table) throw new Error(`${datasetDir} has neither ${SINGLE_LABEL_CSV} nor ${RAW_SINGLE_LABEL_CSV}`);
  const tableSampler = new LabelSampler();
  const valSampler = new LabelSampler();
  const labels = new Map<string, number>();
  const years = new Map<number, number>();
  const datasets = new Map<string, number>();
  const rights: RightsTally = { records: 0, recordsWithRights: 0, statements: new Map() };
  let rows = 0;
  let undated = 0;
  for await (const row of readRows(join(datasetDir, table))) {
    rows++;
    increment(labels, row.label);
    increment(datasets, row.dataset);
    if (row.doc_year === null) undated++;
    else increment(years, row.doc_year);
    if (options.sampleImages) tableSampler.offer(row);
    tallyRights(rights, row.extra?.rights);
  }
  const train = await profileSplit(datasetDir, splitFile('train'));
  const val = await profileSplit(datasetDir, splitFile('val'), options.sampleImages ? valSampler : undefined);
  return {
    table,
    rows,
    labels,
    years,
    undated,
    datasets,
    train,
    val,
    multi: await profileMultiLabel(datasetDir),
    samples: (valSampler.size > 0 ? valSampler : tableSampler).samples(),
    samplesFrom: valSampler.size > 0 && val.file ? val.file : table,
    rights,
  };
}

/** Archives that state rights put them in their own `rights` column (Europeana, SA-Kuva, SMU). */
function tallyRights(tally: RightsTally, statement: string | null | undefined): void {
  tally.records++;
  if (!statement?.trim()) return;
  tally.recordsWithRights++;
  increment(tally.statements, statement.trim());
}

async function profileSplit(datasetDir: string, file: string, sampler?: LabelSampler): Promise<SplitProfile> {
  const labels = new Map<string, number>();
  if (!(await fileExists(join(datasetDir, file)))) return { file: null, rows: 0, labels };
  let rows = 0;
  for await (const row of readRows(join(datasetDir, file))) {
    rows++;
    increment(labels, row.label);
    sampler?.offer(row);
  }
  return { file, rows, labels };
}

async function profileMultiLabel(datasetDir: string): Promise<DatasetProfile['multi']> {
  const multi: DatasetProfile['multi'] = {
    file: await firstExisting(datasetDir, [MULTI_LABEL_CSV, RAW_MULTI_LABEL_CSV]),
    rows: 0,
    queries: new Map(),
    canonicalLabels: new Map(),
    labelsPerImage: new Map(),
  };
  if (!multi.file) return multi;
  for await (const row of readRows(join(datasetDir, multi.file))) {
    multi.rows++;
    for (const query of row.user_query ?? []) increment(multi.queries, query);
    const canonical = row.canonical_labels ?? [];
    for (const label of canonical) increment(multi.canonicalLabels, label);
    increment(multi.labelsPerImage, canonical.length);
  }
  return multi;
}

async function firstExisting(dir: string, files: readonly string[]): Promise<string | null> {
  for (const file of files) if (await fileExists(join(dir, file))) return file;
  return null;
}
