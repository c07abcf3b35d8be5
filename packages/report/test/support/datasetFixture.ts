import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MULTI_LABEL_COLUMNS, SINGLE_LABEL_COLUMNS, writeCsv, type MergedRunSummary, type RecordedRunSummary, type Row } from '@hx4/core';
import sharp from 'sharp';

export interface FixtureRow {
  id: string;
  label: string;
  year: number | null;
  split?: 'train' | 'val';
  /** Source dataset folder (merged fixtures); defaults to the fixture's own name. */
  dataset?: string;
  labels?: string[];
}

/** A full metadata row; everything the report does not look at gets a plain value. */
export function row(datasetDir: string, dataset: string, fixture: FixtureRow): Row {
  return {
    doc_id: `doc-${fixture.id}`,
    id: fixture.id,
    user_query: [fixture.label],
    label: fixture.label,
    canonical_labels: fixture.labels ?? [fixture.label],
    img_url: `http://127.0.0.1:9/img/${fixture.id}.jpg`,
    doc_url: `http://127.0.0.1:9/doc/${fixture.id}`,
    raw_doc_date: fixture.year === null ? null : String(fixture.year),
    doc_year: fixture.year,
    doc_date: fixture.year === null ? null : String(fixture.year),
    country: null,
    img_path: join(datasetDir, 'images', `${fixture.id}.jpg`),
    title: `Photo ${fixture.id}`,
    description: null,
    dataset: fixture.dataset ?? dataset,
    file_name: `images/${fixture.id}.jpg`,
    enriched_document_description: `Photo ${fixture.id}`,
  };
}

/** Writes the six final CSVs of a dataset folder from fixture rows (train/val by `split`). */
export async function writeDatasetCsvs(datasetDir: string, rows: readonly FixtureRow[]): Promise<void> {
  const name = datasetDir.split('/').pop() as string;
  const written = rows.map((fixture) => ({ split: fixture.split, record: row(datasetDir, name, fixture) }));
  const full = written.map(({ record }) => record);
  const part = (split: string) => written.filter((entry) => entry.split === split).map(({ record }) => record);
  for (const [prefix, columns] of [
    ['metadata_single_label', SINGLE_LABEL_COLUMNS],
    ['metadata_multi_label', MULTI_LABEL_COLUMNS],
  ] as const) {
    await writeCsv(join(datasetDir, `${prefix}.csv`), columns, full);
    await writeCsv(join(datasetDir, `${prefix}_train.csv`), columns, part('train'));
    await writeCsv(join(datasetDir, `${prefix}_val.csv`), columns, part('val'));
  }
}

export async function writeSummary(datasetDir: string, summary: unknown): Promise<void> {
  await writeFile(join(datasetDir, 'run-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
}

/** A solid-colour JPEG per id, the colour derived from the id so tiles differ. */
export async function writeImages(datasetDir: string, ids: readonly string[]): Promise<void> {
  await mkdir(join(datasetDir, 'images'), { recursive: true });
  for (const id of ids) {
    const code = Array.from(id).reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 0xffffff, 7);
    const background = { r: code & 255, g: (code >> 8) & 255, b: (code >> 16) & 255 };
    await sharp({ create: { width: 64, height: 48, channels: 3, background } })
      .jpeg()
      .toFile(join(datasetDir, 'images', `${id}.jpg`));
  }
}

export async function tempBase(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `hx4-report-${prefix}-`));
}

/** A per-archive run-summary.json as core's collect() writes it. */
export function archiveSummary(dataset: string, overrides: Partial<RecordedRunSummary> = {}): RecordedRunSummary {
  return {
    version: 1,
    hx4: '0.1.0',
    archive: 'europeana',
    dataset,
    settings: { window: { start: '1900-01-01', end: '1970-12-31' }, valFraction: 0.35, seed: 42 },
    hits: { queries: 2, cachedQueries: 0, pages: 2, records: 10, failedQueries: [] },
    rows: {
      accepted: 10,
      dropped: { 'no image': 1 },
      dropExamples: { 'no image': [{ id: 'r1', url: null, query: 'tank' }] },
      dateSources: {},
      images: 10,
    },
    images: {
      ok: 10,
      reused: 0,
      downloaded: 10,
      failed: {},
      failedExamples: {},
      formats: { jpeg: 10 },
      retried: { attempted: 0, recovered: 0 },
    },
    politeness: [],
    timingsMs: { harvest: 10, rows: 5, images: 100, final: 5 },
    complete: true,
    ...overrides,
  };
}

/** A merged run-summary.json as @hx4/merge writes it. */
export function mergedSummary(dataset: string, overrides: Partial<MergedRunSummary> = {}): MergedRunSummary {
  const final = {
    multiLabel: 0,
    singleLabel: 0,
    singleLabelTrain: 0,
    singleLabelVal: 0,
    singleLabelLeftOut: 0,
    multiLabelTrain: 0,
    multiLabelVal: 0,
    multiLabelLeftOut: 0,
    labels: 0,
  };
  return {
    version: 1,
    kind: 'merged',
    hx4: '0.1.0',
    dataset,
    settings: { thumbnailSize: [256, 256], perceptualThreshold: 4, valFraction: 0.35, seed: 42, chunkSize: null },
    sources: [],
    skipped: [],
    duplicates: { url: 0, bytes: 0, perceptual: 0 },
    images: { hashed: 0, cached: 0 },
    final: { ...final, chunks: 0 },
    timingsMs: {},
    ...overrides,
  };
}
