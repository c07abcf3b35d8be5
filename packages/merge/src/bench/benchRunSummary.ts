import type { RecordedRunSummary, RecordedSettings } from '@hx4/core';

export interface BenchRunSummaryInput {
  archive: string;
  dataset: string;
  /** Rows of its multi-label CSV, every one with a stored image. */
  rows: number;
  settings: RecordedSettings;
}

/**
 * The run summary of a dataset written without a collect run (bench input, test fixtures): one query,
 * every record a row with its image stored, no split counted. Only what `settings` names is claimed.
 */
export function benchRunSummary({ archive, dataset, rows, settings }: BenchRunSummaryInput): RecordedRunSummary {
  return {
    version: 1,
    hx4: 'bench',
    archive,
    dataset,
    settings,
    hits: { queries: 1, cachedQueries: 0, pages: 1, records: rows, failedQueries: [] },
    rows: { accepted: rows, dropped: {}, dropExamples: {}, dateSources: {}, images: rows },
    images: {
      ok: rows,
      reused: 0,
      downloaded: rows,
      failed: {},
      failedExamples: {},
      formats: { jpeg: rows },
      retried: { attempted: 0, recovered: 0 },
    },
    final: {
      multiLabel: rows,
      singleLabel: rows,
      singleLabelTrain: 0,
      singleLabelVal: 0,
      singleLabelLeftOut: 0,
      multiLabelTrain: 0,
      multiLabelVal: 0,
      multiLabelLeftOut: 0,
      labels: 0,
    },
    politeness: [],
    timingsMs: {},
    complete: true,
  };
}
