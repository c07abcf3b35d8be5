import type { CallerSettings, DatasetSettings } from '../dataset/DatasetSettings.js';
import type { LaneStats } from '../http/AdaptiveLane.js';

export interface QueryFailure {
  query: string;
  reason: string;
}

export interface RequestBudgetSummary {
  /** Requests counted this calendar month (UTC) with this key, earlier runs included. */
  used: number;
  limit: number;
  /** The budget ran out before every query was harvested: a rerun with budget left resumes them. */
  exhausted: boolean;
  /** Queries left unfinished because the budget ran out. */
  unfinishedQueries: number;
}

/** A dropped record, as a user finds it at the archive; `id` is null when the record carries none. */
export interface DropExample {
  id: string | null;
  url: string | null;
  query: string;
}

/** A failed image: the row it belongs to and the URL that failed. */
export interface ImageFailureExample {
  id: string;
  url: string;
}

/** `run-summary.json`: what one collect run did, stage by stage. */
export interface RunSummary {
  version: 1;
  hx4: string;
  archive: string;
  dataset: string;
  /** How the dataset was made: core's resolved options and what the caller added. */
  settings: DatasetSettings & CallerSettings;
  hits: {
    queries: number;
    cachedQueries: number;
    pages: number;
    records: number;
    failedQueries: QueryFailure[];
    /** Query → the `ArchiveSource` that served its hits, for archives with alternative sources (NARA). */
    sources?: Record<string, string>;
    /** The archive's request quota this month, when one is counted; `exhausted` means some queries are unfinished. */
    budget?: RequestBudgetSummary;
  };
  rows: {
    accepted: number;
    /** Records refused, by reason. */
    dropped: Record<string, number>;
    /** The first few records of each reason, in reading order: enough to check a reason by eye at the archive. */
    dropExamples: Record<string, DropExample[]>;
    /** Accepted records by the field their date was read from (`undated`: none; `unspecified`: the adapter does not say). */
    dateSources: Record<string, number>;
    images: number;
  };
  images?: {
    ok: number;
    reused: number;
    downloaded: number;
    failed: Record<string, number>;
    /** The first few failed images of each reason (rows in id order). */
    failedExamples: Record<string, ImageFailureExample[]>;
    /**
     * What the archive's media URLs turned out to send, by their bytes: image formats (`jpeg`, `png`…) and,
     * for bodies that were no image, what they were (`html`, `pdf`…). Images of older runs may lack it.
     */
    formats: Record<string, number>;
    /** Failures of earlier runs tried again (transient ones, or all with --retry-failed) and how many now worked. */
    retried: { attempted: number; recovered: number };
  };
  final?: {
    multiLabel: number;
    singleLabel: number;
    singleLabelTrain: number;
    singleLabelVal: number;
    singleLabelLeftOut: number;
    multiLabelTrain: number;
    multiLabelVal: number;
    multiLabelLeftOut: number;
    labels: number;
  };
  stats?: { mean: number[]; std: number[]; images: number; pixels: number };
  /** Per host and lane: requests sent, refusals and timeouts met, and where the adaptive limits settled. */
  politeness: LaneStats[];
  timingsMs: Record<string, number>;
  /** False when some query could not be harvested (failed, or the request budget ran out): a rerun picks up where it stopped. */
  complete: boolean;
  /** How many shards (`collectShard`) the dataset was joined from; absent for a dataset collected in one run. */
  shards?: number;
}
