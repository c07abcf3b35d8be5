import { isDrop, type RowDraft, type RowResult } from '../adapter/ArchiveAdapter.js';
import type { DatasetLayout } from '../dataset/DatasetLayout.js';
import { isExpansionFailure } from '../hits/expandRecords.js';
import { readHits } from '../hits/readHits.js';
import { fileSafeId } from '../images/index.js';
import { csvColumns, csvRecord, groupRows, querySlug, RAW_MULTI_LABEL_COLUMNS, RAW_SINGLE_LABEL_COLUMNS, type Row } from '../rows/index.js';
import { writeCsv } from '../tables/index.js';
import { adapterOptionsOf, type CollectOptions } from './CollectOptions.js';
import type { RunSummary } from './RunSummary.js';

export const RAW_MULTI_LABEL_CSV = 'metadata_multi_label_raw.csv';
export const RAW_SINGLE_LABEL_CSV = 'metadata_single_label_raw.csv';

/**
 * Cached hits → rows: the adapter accepts or drops each record (with a reason), the core groups the
 * accepted ones by image URL and writes the raw CSVs. Rebuilt from hits/ on every run: cheap, and a
 * changed vocabulary or filter takes effect without refetching.
 */
export async function rowsStage(
  options: CollectOptions,
  layout: DatasetLayout,
): Promise<{ rows: Row[]; summary: RunSummary['rows'] }> {
  const { adapter, vocabulary } = options;
  const adapterOptions = adapterOptionsOf(options);
  const dropped: Record<string, number> = {};
  const accepted: { draft: RowDraft; query: string }[] = [];
  for (const query of vocabulary.queries) {
    for await (const record of readHits(layout.hits, querySlug(query))) {
      let results: RowResult[];
      try {
        // A record with several images gives one row per image.
        results = isExpansionFailure(record)
          ? [{ drop: record.hx4ExpansionFailed }]
          : [adapter.toRow(record, adapterOptions, query)].flat();
      } catch (error) {
        results = [{ drop: `unreadable record (${(error as Error).message})` }];
      }
      for (const result of results) {
        if (isDrop(result)) dropped[result.drop] = (dropped[result.drop] ?? 0) + 1;
        else accepted.push({ draft: result, query });
      }
    }
  }
  const rows = groupRows(accepted, {
    datasetDir: layout.root,
    datasetName: layout.name,
    vocabulary,
    fileSafeId,
  });
  const records = rows.map(csvRecord);
  await writeCsv(layout.file(RAW_MULTI_LABEL_CSV), csvColumns(RAW_MULTI_LABEL_COLUMNS, adapter.extraColumns), records);
  await writeCsv(layout.file(RAW_SINGLE_LABEL_CSV), csvColumns(RAW_SINGLE_LABEL_COLUMNS, adapter.extraColumns), records);
  return { rows, summary: { accepted: accepted.length, dropped: sortKeys(dropped), images: rows.length } };
}

export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
