import { isAbsolute } from 'node:path';
import { MULTI_LABEL_CSV, parseListCell, readCsv } from '@hx4/core';
import type { DatasetSource } from '../discovery/index.js';
import type { FeatureStore } from '../features/index.js';
import { detachedString } from './detachedString.js';
import type { RowTable, TableRow } from './RowTable.js';
import { sourceFeatureJobs } from './sourceFeatureJobs.js';
import { storedHashes } from './storedHashes.js';
import { TextColumn } from './TextColumn.js';

export interface ReadSourceContext {
  features: FeatureStore;
  /** Decode every image (perceptual matching needs its hash), not only the ones the manifest has no sha256 for. */
  decodeAll: boolean;
}

/**
 * Pass 1 over one dataset: its multi-label CSV streamed into `table` as source number `index`; then
 * each row's stored image looked up in the image manifest (streamed too) and, when wanted, its
 * features; then each row linked by its image's sha256. Throws, naming the file and record, on
 * anything that makes the dataset unusable, and then leaves the table as it found it, so the caller
 * can leave the dataset out whole. Returns the dataset's row count.
 */
export async function readSource(source: DatasetSource, index: number, table: RowTable, context: ReadSourceContext): Promise<number> {
  const start = table.size;
  try {
    const { offsets, urls } = await readRows(source, index, table);
    const { layout } = source;
    const sha256s = await storedHashes(
      layout.imageManifest,
      urls.length,
      (id) => offsets.get(id),
      (offset) => urls.at(offset),
    );
    const jobs = sourceFeatureJobs({ root: layout.root, table, start, sha256s, offsets, all: context.decodeAll });
    await context.features.features(layout.featureCache, jobs, (id) => offsets.has(id));
    sha256s.forEach((sha256, offset) => table.linkBytes(start + offset, sha256));
    return sha256s.length;
  } catch (error) {
    table.truncate(start);
    throw error;
  }
}

/** Streams the CSV into the table. Returns, by offset in the dataset, each id's offset and each row's URL, to read the manifest against. */
async function readRows(
  source: DatasetSource,
  index: number,
  table: RowTable,
): Promise<{ offsets: Map<string, number>; urls: TextColumn }> {
  const offsets = new Map<string, number>();
  const urls = new TextColumn();
  let recordNumber = 0;
  for await (const record of readCsv(source.layout.file(MULTI_LABEL_CSV))) {
    recordNumber++;
    try {
      const row = tableRow(record, offsets);
      table.add(index, row);
      urls.push(row.imgUrl);
    } catch (error) {
      throw new Error(`${MULTI_LABEL_CSV} record ${recordNumber}: ${(error as Error).message}`, { cause: error });
    }
  }
  return { offsets, urls };
}

function tableRow(record: Record<string, string>, offsets: Map<string, number>): TableRow {
  const { id } = record;
  if (!id) throw new Error('no id');
  if (offsets.has(id)) throw new Error(`id "${id}" appears twice`);
  offsets.set(detachedString(id), offsets.size);
  const fileName = record.file_name || `images/${id}.jpg`;
  if (isAbsolute(fileName) || fileName.split(/[\\/]/).includes('..')) {
    throw new Error(`file_name "${fileName}" is not inside the dataset folder`);
  }
  return {
    id,
    imgUrl: column(record, 'img_url'),
    fileName,
    label: column(record, 'label'),
    queries: list('user_query', column(record, 'user_query')),
    labels: list('canonical_labels', column(record, 'canonical_labels')),
  };
}

/** A column discovery found in the CSV's header; a CSV rewritten since without it fails here, naming it. */
function column(record: Record<string, string>, name: string): string {
  const value = record[name];
  if (value === undefined) throw new Error(`no ${name} column`);
  return value;
}

function list(column: string, text: string): string[] {
  try {
    return parseListCell(text);
  } catch (error) {
    throw new Error(`${column} is ${(error as Error).message}`, { cause: error });
  }
}
