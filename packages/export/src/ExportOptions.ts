import type { Reporter } from '@hx4/core';
import type { CaptionSource, ExportFormat, ExportSplit } from './ExportFormat.js';

export interface ExportOptions {
  /** A dataset folder written by `hx4 collect`, `hx4 demo` or `hx4 merge`. */
  datasetDir: string;
  format: ExportFormat;
  /** Default `<datasetDir>/exports/<format>`, where the dataset card finds it. */
  outDir?: string;
  /** Default `all`: train and val. */
  split?: ExportSplit;
  /** Default `enriched`: title and description in one sentence, the dataset's richest text. */
  caption?: CaptionSource;
  /** WebDataset only: samples per shard (default 1000; the last shard holds the rest). */
  shardSize?: number;
  reporter?: Reporter;
}

export const DEFAULT_SHARD_SIZE = 1000;
