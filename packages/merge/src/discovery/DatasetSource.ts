/** A per-archive dataset folder the merge can read. */
export interface DatasetSource {
  /** Folder name, e.g. `EUROPEANA_1900-01-01_1970-12-31`; written to the `dataset` column. */
  dataset: string;
  /** Absolute path of the folder. */
  root: string;
  /** Archive id from its run summary, e.g. `europeana`. */
  archive: string;
  /** Box the images were thumbnailed to; null = original size; undefined = the summary does not say. */
  thumbnailSize: [number, number] | null | undefined;
  /** Date window of the collection; null = none; undefined = the summary does not say. */
  window: { start: string; end: string } | null | undefined;
  /** False when some query was not harvested (only merged with `includeIncomplete`). */
  complete: boolean;
  /** Header of its `metadata_multi_label.csv`. */
  columns: string[];
}

/** A folder the merge leaves out, and why. */
export interface SkippedDataset {
  dataset: string;
  reason: string;
}

export interface Discovery {
  /** In merge order: sorted by folder name. */
  datasets: DatasetSource[];
  skipped: SkippedDataset[];
  /** Folders holding earlier merge outputs (`HISTORY_X<N>`): never sources, so not counted as skipped. */
  mergeOutputs: string[];
}

export function describeThumbnailSize(size: DatasetSource['thumbnailSize']): string {
  if (size === undefined) return 'unknown thumbnail size';
  return size === null ? 'original size' : `${size[0]}×${size[1]}`;
}
