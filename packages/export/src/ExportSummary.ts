import type { CaptionSource, ExportFormat, ExportSplit, SplitPart } from './ExportFormat.js';

/** Written last into every export folder: what it holds, made from which dataset, and what was left out. */
export const EXPORT_SUMMARY_JSON = 'export-summary.json';

/** One file of a part with the samples it holds: a shard, a metadata file or a CSV. */
export interface ExportedFile {
  name: string;
  samples: number;
}

export interface ExportedPart {
  split: SplitPart;
  /** The dataset CSV the part was read from. */
  source: string;
  /** Rows read from `source`; every one is a sample or a skip. */
  rows: number;
  samples: number;
  skipped: number;
  files: ExportedFile[];
  /** WebDataset: the shards as one brace pattern (`train-{000000..000002}.tar`), as `webdataset` and open_clip take them. */
  shardPattern?: string;
}

/** A row that is not in the export: its split, id and what was wrong (the image path, the empty column). */
export interface SkippedRow {
  split: SplitPart;
  id: string;
  detail: string;
}

/**
 * `export-summary.json`. No time stamps and no absolute paths of the export itself, so exporting the same
 * dataset again gives the same bytes.
 */
export interface ExportSummary {
  version: 1;
  hx4: string;
  format: ExportFormat;
  /** The dataset folder's name and absolute path. */
  dataset: string;
  datasetDir: string;
  split: ExportSplit;
  caption: CaptionSource;
  captionColumn: string;
  shardSize: number | null;
  parts: ExportedPart[];
  /** Skipped rows counted by reason, with the first few of each reason (the log names every one). */
  skipped: { total: number; reasons: Record<string, number>; examples: Record<string, SkippedRow[]> };
}
