import { isDrop, type AdapterOptions, type ArchiveAdapter, type RowDraft, type RowResult } from '../adapter/ArchiveAdapter.js';
import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import { isExpansionFailure } from '../hits/expandRecords.js';
import { readHits } from '../hits/readHits.js';
import { fileSafeId } from '../images/index.js';
import {
  csvColumns,
  csvRecords,
  groupRowsOnDisk,
  querySlug,
  RAW_MULTI_LABEL_COLUMNS,
  RAW_SINGLE_LABEL_COLUMNS,
  type Row,
  type RowContribution,
  type RowsOnDisk,
} from '../rows/index.js';
import { writeCsv } from '../tables/index.js';
import { adapterOptionsOf, type CollectOptions } from './CollectOptions.js';
import { DropTally } from './DropTally.js';
import { sortKeys } from './sortKeys.js';
import type { RunSummary } from './RunSummary.js';

export const RAW_MULTI_LABEL_CSV = 'metadata_multi_label_raw.csv';
export const RAW_SINGLE_LABEL_CSV = 'metadata_single_label_raw.csv';

/** A row's image, as the images stage needs it. */
export type ImageToStore = Pick<Row, 'id' | 'img_url'>;

/** Where a query's cached hits are: the dataset's own `hits/`, or the folder of the shard that harvested it. */
export type HitsDirOf = (query: string) => string;

/**
 * Cached hits → rows: the adapter accepts or drops each record (with a reason), the core groups the
 * accepted ones by image URL and writes the raw CSVs. Rebuilt from hits/ on every run: cheap, and a
 * changed vocabulary or filter takes effect without refetching.
 */
export async function rowsStage(
  options: CollectOptions,
  layout: DatasetLayout,
  hitsDirOf: HitsDirOf = () => layout.hits,
): Promise<{ images: ImageToStore[]; summary: RunSummary['rows'] }> {
  const { rows, summary } = await buildRows(options, layout, hitsDirOf, layout.tmp);
  try {
    for (const [file, columns] of [
      [RAW_MULTI_LABEL_CSV, RAW_MULTI_LABEL_COLUMNS],
      [RAW_SINGLE_LABEL_CSV, RAW_SINGLE_LABEL_COLUMNS],
    ] as const) {
      await writeCsv(layout.file(file), csvColumns(columns, options.adapter.extraColumns), csvRecords(rows.rows()));
    }
    // The later stages read the rows back from the raw CSV as they go: only what the images need stays here.
    return { images: await imagesOf(rows), summary };
  } finally {
    await rows.remove();
  }
}

/** What the images stage needs of the rows. */
export async function imagesOf(rows: RowsOnDisk): Promise<ImageToStore[]> {
  const images: ImageToStore[] = [];
  for await (const { id, img_url } of rows.rows()) images.push({ id, img_url });
  return images;
}

/**
 * The rows of the dataset at `layout` from every query's hits, sorted on disk under `tmpDir`, without writing
 * the CSVs (a shard needs the whole dataset's ids). The caller removes them.
 */
export async function buildRows(
  options: CollectOptions,
  layout: DatasetLayout,
  hitsDirOf: HitsDirOf,
  tmpDir: string,
): Promise<{ rows: RowsOnDisk; summary: RunSummary['rows'] }> {
  const { adapter, vocabulary } = options;
  const adapterOptions = adapterOptionsOf(options);
  const drops = new DropTally();
  const dateSources: Record<string, number> = {};
  let accepted = 0;
  // Records stream to disk, sorted by image URL there (groupRowsOnDisk): memory holds a chunk, not every record.
  async function* contributions(): AsyncGenerator<RowContribution> {
    for (const query of vocabulary.queries) {
      for await (const record of readHits(hitsDirOf(query), querySlug(query))) {
        for (const result of recordResults(adapter, record, adapterOptions, query)) {
          if (isDrop(result)) {
            drops.add(result.drop, () => ({ ...refOf(adapter, record, adapterOptions), query }));
            continue;
          }
          accepted++;
          const source = dateSourceOf(result);
          dateSources[source] = (dateSources[source] ?? 0) + 1;
          yield { draft: result, query };
        }
      }
    }
  }
  const rows = await groupRowsOnDisk(contributions(), {
    datasetDir: layout.root,
    datasetName: layout.name,
    vocabulary,
    fileSafeId,
    tmpDir,
  });
  return {
    rows,
    summary: {
      accepted,
      dropped: drops.counts(),
      dropExamples: drops.examples(),
      dateSources: sortKeys(dateSources),
      images: rows.count,
    },
  };
}

/** What the adapter makes of one cached record: one result per image, or the reason it is dropped. */
export function recordResults(adapter: ArchiveAdapter, record: unknown, options: AdapterOptions, query: string): RowResult[] {
  if (isExpansionFailure(record)) return [{ drop: record.hx4ExpansionFailed }];
  try {
    return [adapter.toRow(record, options, query)].flat();
  } catch (error) {
    return [{ drop: `unreadable record (${(error as Error).message})` }];
  }
}

/** The record's id and archive page; the record an expansion failed on is named by what the search gave. */
export function refOf(adapter: ArchiveAdapter, record: unknown, options: AdapterOptions): { id: string | null; url: string | null } {
  const original = isExpansionFailure(record) ? record.record : record;
  if (original === undefined) return { id: null, url: null };
  try {
    const ref = adapter.recordRef(original, options);
    return ref ?? { id: null, url: null };
  } catch {
    return { id: null, url: null };
  }
}

/** `undated` when the row has no date; otherwise the field the adapter read it from. */
function dateSourceOf(draft: RowDraft): string {
  if ((draft.doc_date ?? null) === null && (draft.doc_year ?? null) === null) return 'undated';
  return draft.dateSource ?? 'unspecified';
}
