import type { RunSummary } from '../pipeline/RunSummary.js';
import type { DatasetSettings } from './DatasetSettings.js';

/** One dataset that went into a merge. */
export interface MergedSource {
  archive: string;
  dataset: string;
  /** Rows read from its multi-label CSV. */
  rows: number;
  /** Of those, rows that are the kept row of their group (the others were merged into a row of an earlier source or of the same one). */
  kept: number;
}

/** A folder a merge left out, and why. */
export interface SkippedDataset {
  dataset: string;
  reason: string;
}

/**
 * `HISTORY_X<N>/run-summary.json`, written by `@hx4/merge`. `kind: 'merged'` tells discovery and the
 * report that this folder is a merge output; `final` and `stats` have the fields of a collect run's.
 */
export interface MergedRunSummary {
  version: 1;
  kind: 'merged';
  hx4: string;
  dataset: string;
  settings: {
    /** The sources' common thumbnail size; absent when they do not record one. */
    thumbnailSize?: DatasetSettings['thumbnailSize'];
    perceptualThreshold: number | null;
    valFraction: number;
    seed: number;
    chunkSize: number | null;
  };
  sources: MergedSource[];
  /** Folders left out, and folders that failed while being read, with the reason. */
  skipped: SkippedDataset[];
  /** Rows merged away, by the strongest evidence that merged them. */
  duplicates: { url: number; bytes: number; perceptual: number };
  /** Images decoded for hashing by this merge, and images whose hashes came from the caches. */
  images: { hashed: number; cached: number };
  final: NonNullable<RunSummary['final']> & { chunks: number };
  stats?: NonNullable<RunSummary['stats']>;
  timingsMs: Record<string, number>;
}
