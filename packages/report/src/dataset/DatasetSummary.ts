import type { RunSummary } from '@hx4/core';

/** One source dataset of a merged dataset and how many of its rows went in. */
export interface MergeSource {
  archive: string;
  dataset: string;
  rows: number;
}

/**
 * `run-summary.json` of a merged dataset (written by `@hx4/merge`). Only the fields the report reads are
 * named; the rest is shown as it is.
 */
export interface MergedRunSummary {
  kind: 'merged';
  hx4?: string;
  dataset?: string;
  settings?: Record<string, unknown>;
  sources: MergeSource[];
  skipped: { dataset: string; reason: string }[];
  /** Rows left out as duplicates of a kept row, per way of finding them. */
  duplicates: { url: number; bytes: number; perceptual: number };
  final?: Partial<NonNullable<RunSummary['final']>>;
  stats?: RunSummary['stats'];
  timingsMs?: Record<string, number>;
}

/** What a dataset folder says about itself: one archive's collect run, or a merge of several. */
export type DatasetSummary =
  | { kind: 'archive'; name: string; summary: RunSummary }
  | { kind: 'merged'; name: string; summary: MergedRunSummary };
