import { isAbsolute, join, resolve } from 'node:path';
import { ImageManifest, MULTI_LABEL_CSV, parseListCell, readCsv } from '@hx4/core';
import type { DatasetSource } from '../discovery/index.js';
import type { FeatureStore } from '../features/index.js';
import type { StagedRow } from './RowTable.js';

export interface ReadSourceContext {
  features: FeatureStore;
  /** Decode every image (perceptual matching needs its hash), not only the ones the manifest has no sha256 for. */
  decodeAll: boolean;
}

/**
 * Pass 1 over one dataset: its multi-label CSV streamed into compact rows, each with the sha256 of
 * its stored image (from the image manifest) and, when wanted, its image features. Throws, naming the
 * file and record, on anything that makes the dataset unusable, so the caller can leave it out whole.
 */
export async function readSource(source: DatasetSource, context: ReadSourceContext): Promise<StagedRow[]> {
  const manifest = await ImageManifest.load(join(source.root, 'state', 'images.jsonl'));
  const rows: StagedRow[] = [];
  const ids = new Set<string>();
  let recordNumber = 0;
  for await (const record of readCsv(join(source.root, MULTI_LABEL_CSV))) {
    recordNumber++;
    try {
      rows.push(stageRow(record, ids, manifest));
    } catch (error) {
      throw new Error(`${MULTI_LABEL_CSV} record ${recordNumber}: ${(error as Error).message}`);
    }
  }
  const toDecode = rows.filter((row) => context.decodeAll || row.sha256 === null);
  const features = await context.features.features(
    join(source.root, 'state'),
    toDecode.map((row) => ({ id: row.id, path: resolve(source.root, row.fileName), sha256: row.sha256 })),
    (id) => ids.has(id),
  );
  toDecode.forEach((row, index) => {
    row.features = features[index];
    // The file read is the truth about the bytes, should the manifest disagree.
    row.sha256 = features[index].sha256;
  });
  return rows;
}

function stageRow(record: Record<string, string>, ids: Set<string>, manifest: ImageManifest): StagedRow {
  const { id } = record;
  if (!id) throw new Error('no id');
  if (ids.has(id)) throw new Error(`id "${id}" appears twice`);
  ids.add(id);
  const fileName = record.file_name || `images/${id}.jpg`;
  if (isAbsolute(fileName) || fileName.split(/[\\/]/).includes('..')) {
    throw new Error(`file_name "${fileName}" is not inside the dataset folder`);
  }
  const entry = manifest.get(id);
  const stored = entry?.status === 'ok' && entry.url === record.img_url;
  return {
    id,
    imgUrl: record.img_url,
    fileName,
    sha256: stored ? (entry.sha256 ?? null) : null,
    label: record.label,
    queries: list('user_query', record.user_query),
    labels: list('canonical_labels', record.canonical_labels),
    features: null,
  };
}

function list(column: string, text: string): string[] {
  try {
    return parseListCell(text);
  } catch (error) {
    throw new Error(`${column} is ${(error as Error).message}`);
  }
}
