import type { FoundExport } from '@hx4/export';
import type { RenderedChart } from '../charts/index.js';
import type { ContactSheet } from '../contactSheet/index.js';
import type { CsvDescription } from '../croissant/index.js';
import type { DatasetProfile, DatasetSummary, QueryHarvest, RightsTally } from '../dataset/index.js';

/** Everything the dataset card shows, gathered before any HTML is written. */
export interface CardInput {
  datasetDir: string;
  dataset: DatasetSummary;
  profile: DatasetProfile;
  harvests: QueryHarvest[];
  /** Null for a merged dataset: its sources' cards tell their rights. */
  rights: RightsTally | null;
  charts: ReadonlyMap<string, RenderedChart>;
  contactSheet: ContactSheet | null;
  csvFiles: CsvDescription[];
  /** Day `run-summary.json` was written (UTC, YYYY-MM-DD): the run's own date. */
  runDate: string;
  /** Source datasets whose own report.html sits next to this dataset (merged only). */
  sourceCards: ReadonlySet<string>;
  /** Exports found in the dataset's `exports/` folder. */
  exports: FoundExport[];
}
