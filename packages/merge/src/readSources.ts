import type { Reporter, SkippedDataset } from '@hx4/core';
import type { DatasetSource } from './discovery/index.js';
import type { FeatureStore } from './features/index.js';
import { readSource, RowTable } from './rows/index.js';

export interface ReadSources {
  table: RowTable;
  /** The sources that were read, in merge order; `table.sourceOf` indexes this list. */
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
      // readSource leaves no trace of a source that fails, so its number is taken only once it is read.
      result.rows.push(
        await readSource(source, result.sources.length, table, { features: options.features, decodeAll: options.decodeAll }),
      );
      result.sources.push(source);
    } catch (error) {
      const reason = `failed: ${(error as Error).message}`;
      result.failed.push({ dataset: source.dataset, reason });
      options.reporter.log('error', `${source.dataset} is left out of the merge: ${(error as Error).message}`);
    }
  }
  table.sealKeys();
  return result;
}
