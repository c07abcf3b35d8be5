import { hx4Version } from '../version.js';
import type { CollectOptions } from './CollectOptions.js';
import { datasetSettings } from './datasetSettings.js';
import type { RunSummary } from './RunSummary.js';

/** What every summary of a collect, a shard or a join starts with: who made which dataset of which archive, and how. */
export function runSummaryHead(
  options: CollectOptions,
  dataset: string,
): Pick<RunSummary, 'version' | 'hx4' | 'archive' | 'dataset' | 'settings'> {
  return {
    version: 1,
    hx4: hx4Version,
    archive: options.adapter.id,
    dataset,
    // The same settings however the dataset was made (a library call or the CLI); the caller's only add to them.
    settings: { ...options.callerSettings, ...datasetSettings(options) },
  };
}
