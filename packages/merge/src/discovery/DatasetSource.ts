import type { DatasetLayout, RecordedSettings, SkippedDataset } from '@hx4/core';

/** A per-archive dataset folder the merge can read. */
export interface DatasetSource {
  /** Folder name, e.g. `EUROPEANA_1900-01-01_1970-12-31`; written to the `dataset` column. */
  dataset: string;
  /** Where its files are. */
  layout: DatasetLayout;
  /** Archive id from its run summary, e.g. `europeana`. */
  archive: string;
  /** Box the images were thumbnailed to; null = original size; undefined = the summary does not say. */
  thumbnailSize: RecordedSettings['thumbnailSize'];
  /** Date window of the collection; null = none; undefined = the summary does not say. */
  window: RecordedSettings['window'];
  /** False when some query was not harvested (only merged with `includeIncomplete`). */
  complete: boolean;
  /** Header of its `metadata_multi_label.csv`. */
  columns: string[];
}

export interface Discovery {
  /** In merge order: sorted by folder name. */
  datasets: DatasetSource[];
  skipped: SkippedDataset[];
  /** Folders holding earlier merge outputs (`HISTORY_X<N>`): never sources, so not counted as skipped. */
  mergeOutputs: string[];
}
