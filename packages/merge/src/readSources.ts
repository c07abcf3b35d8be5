import type { Reporter } from '@hx4/core';
import type { DatasetSource, SkippedDataset } from './discovery/index.js';
import type { FeatureStore } from './features/index.js';
import { readSource, RowTable } from './rows/index.js';

export interface ReadSources {
  table: RowTable;
  /** The sources that were read, in merge order; `table.source` indexes this list. */
  sources: DatasetSource[];
  rows: number[];
  failed: SkippedDataset[];
}

/**
 * Pass 1 over every source, one after another. A source that fails (an unreadable CSV record, an
 * image that cannot be decoded, ...) is left out whole and reported; the others are still merged.
 */
export async function readSources(
  candidates: readonly DatasetSource[],
  options: { features: FeatureStore; decodeAll: boolean; reporter: Reporter },
): Promise<ReadSources> {
  const result: ReadSources = {
    table: new RowTable(),
    sources: [],
    rows: [],
    failed: [],
  };
  const { table } = result;
  for (const source of candidates) {
    options.reporter.log('info', `reading ${source.dataset}…`);
    try {
      const staged = await readSource(source, { features: options.features, decodeAll: options.decodeAll });
      // Added only once the whole source has been read, so a failure leaves no trace of it.
      const index = result.sources.push(source) - 1;
      for (const row of staged) table.add(index, row);
      result.rows.push(staged.length);
    } catch (error) {
      const reason = `failed: ${(error as Error).message}`;
      result.failed.push({ dataset: source.dataset, reason });
      options.reporter.log('error', `${source.dataset} is left out of the merge: ${(error as Error).message}`);
    }
  }
  table.sealKeys();
  return result;
}
