import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  computeImageStats,
  datasetLayout,
  MULTI_LABEL_COLUMNS,
  MULTI_LABEL_CSV,
  writeCsv,
  writeStatsFiles,
  type RecordedRunSummary,
} from '@hx4/core';
import { benchRunSummary } from '../../src/bench/benchRunSummary.js';

export interface FixtureRow {
  id: string;
  image: Buffer;
  url?: string;
  queries?: string[];
  labels?: string[];
  label?: string;
}

export interface FixtureOptions {
  archive?: string;
  thumbnailSize?: [number, number] | null;
  /** Write stats.json over the rows' images, as collect --img-mean-std does. */
  stats?: boolean;
  /** Fields of run-summary.json to change (e.g. `{ complete: false }`, `{ final: undefined }`). */
  summary?: Partial<RecordedRunSummary>;
}

/** A dataset folder as collect leaves it, built directly: images, manifest, multi-label CSV, run summary, stats. */
export async function buildDataset(baseDir: string, name: string, rows: FixtureRow[], options: FixtureOptions = {}): Promise<string> {
  const layout = datasetLayout(baseDir, name);
  await mkdir(layout.images, { recursive: true });
  await mkdir(layout.state, { recursive: true });
  const manifest: string[] = [];
  const csvRows = [];
  for (const row of rows) {
    const url = row.url ?? `https://${name.toLowerCase()}.example.org/${row.id}.jpg`;
    const imagePath = join(layout.images, `${row.id}.jpg`);
    await writeFile(imagePath, row.image);
    const sha256 = createHash('sha256').update(row.image).digest('hex');
    manifest.push(
      `${JSON.stringify({ id: row.id, url, status: 'ok', attempts: 1, bytes: row.image.length, sha256, settings: 'fixture' })}\n`,
    );
    const queries = row.queries ?? ['tank'];
    const labels = row.labels ?? queries;
    csvRows.push({
      doc_id: `/${name}/${row.id}`,
      id: row.id,
      user_query: queries,
      label: row.label ?? labels[0],
      canonical_labels: labels,
      img_url: url,
      doc_url: `https://${name.toLowerCase()}.example.org/item/${row.id}`,
      raw_doc_date: '1942',
      doc_year: 1942,
      doc_date: '1942-01-01',
      country: 'Finland',
      img_path: imagePath,
      title: `Photograph ${row.id}`,
      description: null,
      dataset: name,
      file_name: `images/${row.id}.jpg`,
      enriched_document_description: `Photograph ${row.id}`,
    });
  }
  await writeFile(layout.imageManifest, manifest.join(''));
  await writeCsv(layout.file(MULTI_LABEL_CSV), MULTI_LABEL_COLUMNS, csvRows);
  if (options.stats ?? true) {
    await writeStatsFiles(
      layout.root,
      await computeImageStats(
        csvRows.map((row) => row.img_path),
        { concurrency: 2 },
      ),
    );
  }
  const summary = {
    ...benchRunSummary({
      archive: options.archive ?? name.toLowerCase(),
      dataset: name,
      rows: rows.length,
      settings: {
        window: { start: '1900-01-01', end: '1970-12-31' },
        thumbnailSize: options.thumbnailSize === undefined ? [256, 256] : options.thumbnailSize,
      },
    }),
    ...options.summary,
  };
  await writeFile(layout.runSummary, JSON.stringify(summary, null, 2));
  return layout.root;
}
