import { isDrop, type AdapterOptions, type ArchiveAdapter, type RowDraft } from '../adapter/ArchiveAdapter.js';
import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import { harvestedQueries } from '../dataset/harvestedQueries.js';
import { readHits } from '../hits/readHits.js';
import { shardLayout } from '../shards/shardLayout.js';
import { allShards } from '../shards/ShardSpec.js';
import { ImageManifest, type ImageManifestEntry } from '../images/ImageManifest.js';
import { readCsv } from '../tables/readCsv.js';
import { FINAL_CSVS } from './finalStage.js';
import { RAW_MULTI_LABEL_CSV, recordResults, refOf } from './rowsStage.js';

/** One cached record as the archive sent it, and what the adapter makes of it today. */
export interface ExplainedRecord {
  query: string;
  ref: { id: string | null; url: string | null };
  record: unknown;
  /** A row draft per image, or a drop reason. */
  results: ({ row: RowDraft } | { drop: string })[];
}

/** One row of the dataset that came from the record, and what became of its image. */
export interface ExplainedRow {
  id: string;
  doc_id: string;
  img_url: string;
  label: string;
  /** The image's manifest entry; undefined when no run has tried it yet. */
  image?: ImageManifestEntry;
  /** The final CSVs it is in (`metadata_multi_label.csv`, `…_train.csv`, …). */
  inFiles: string[];
}

export interface Explanation {
  records: ExplainedRecord[];
  rows: ExplainedRow[];
}

/**
 * Everything the dataset knows of one record, found by the archive's record id (the `doc_id` column) or a
 * row `id`: every cached copy of it (one per query that found it) with what the adapter makes of it, the
 * rows it became and each image's fate. Reads only the dataset folder: no request is made.
 */
export async function explainRecord(
  layout: DatasetLayout,
  adapter: ArchiveAdapter,
  options: AdapterOptions,
  id: string,
  /** How many shards the dataset was joined from (run-summary.json `shards`): its hits are in theirs. */
  shards?: number,
): Promise<Explanation> {
  const wanted = new Set([id]);
  const rawRows: ExplainedColumns[] = [];
  for await (const csvRow of optionalCsv(layout.file(RAW_MULTI_LABEL_CSV))) {
    const row = explainedColumns(csvRow);
    if (row.id === id || row.doc_id === id) {
      wanted.add(row.doc_id);
      rawRows.push(row);
    }
  }

  const records: ExplainedRecord[] = [];
  const harvested = shards === undefined ? [layout] : allShards(shards).map((shard) => shardLayout(layout, shard));
  for (const hitsLayout of harvested) {
    await explainHits(hitsLayout, adapter, options, wanted, records);
  }

  const manifest = await ImageManifest.load(layout.imageManifest);
  const finalIds = new Map<string, string[]>();
  for (const file of FINAL_CSVS) {
    for await (const csvRow of optionalCsv(layout.file(file))) {
      const row = explainedColumns(csvRow);
      if (wanted.has(row.doc_id)) finalIds.set(row.id, [...(finalIds.get(row.id) ?? []), file]);
    }
  }
  const rows = rawRows.map((row) => ({
    id: row.id,
    doc_id: row.doc_id,
    img_url: row.img_url,
    label: row.label,
    image: manifest.get(row.id),
    inFiles: finalIds.get(row.id) ?? [],
  }));
  return { records, rows };
}

type ExplainedColumns = Record<'id' | 'doc_id' | 'img_url' | 'label', string>;

/** The columns explain shows; every table HX4 writes has them, so a missing one reads as empty. */
function explainedColumns(row: Record<string, string>): ExplainedColumns {
  return { id: row.id ?? '', doc_id: row.doc_id ?? '', img_url: row.img_url ?? '', label: row.label ?? '' };
}

/** A CSV the run may not have written yet (a metadata-only or interrupted run) reads as empty. */
async function* optionalCsv(path: string): AsyncGenerator<Record<string, string>> {
  try {
    yield* readCsv(path);
  } catch (error) {
    if (!(error as Error).message.startsWith('CSV file not found')) throw error;
  }
}

/** The cached copies of the wanted records among one folder's hits (the dataset's, or one of its shards'). */
async function explainHits(
  layout: DatasetLayout,
  adapter: ArchiveAdapter,
  options: AdapterOptions,
  wanted: ReadonlySet<string>,
  records: ExplainedRecord[],
): Promise<void> {
  for (const {
    slug,
    checkpoint: { query },
  } of await harvestedQueries(layout)) {
    for await (const record of readHits(layout.hits, slug)) {
      const ref = refOf(adapter, record, options);
      if (ref.id === null || !wanted.has(ref.id)) continue;
      const results = recordResults(adapter, record, options, query).map((result) =>
        isDrop(result) ? { drop: result.drop } : { row: result },
      );
      records.push({ query, ref, record, results });
    }
  }
}
