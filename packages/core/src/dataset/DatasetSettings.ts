import type { ArchiveSettings, DateWindow } from '../adapter/ArchiveAdapter.js';

/**
 * How a dataset was made, as `collect()` resolved its options: run-summary.json `settings`, the same for a
 * library call and the CLI, so a merge can tell which datasets are comparable and a report what it shows.
 */
export interface DatasetSettings {
  endpoint: string;
  window: DateWindow | null;
  /** Queries asked (the vocabulary's cleaned queries). */
  queries: number;
  /** Box the stored images fit inside; null: original size. */
  thumbnailSize: [width: number, height: number] | null;
  largeImageThresholdBytes: number | null;
  jpegQuality: number;
  maxBytes: number;
  maxPixels: number;
  valFraction: number;
  seed: number;
  workers: number;
  imgMeanStd: boolean;
  metadataOnly: boolean;
  /** The monthly request quota counted in `state/` (`maxRequests`, or the archive's own with a key); null: none. */
  maxRequests: number | null;
  retryFailed: 'transient' | 'all';
  /** The archive adapter's own settings (`ArchiveAdapter.settings`); empty when it has none. */
  archive: ArchiveSettings;
}

/**
 * Settings only the caller knows (the CLI's `--max-rps` caps and `--insecure-host`s: they live in the
 * HTTP client it builds), recorded beside core's own; core's win on a clash.
 */
export type CallerSettings = Readonly<Record<string, unknown>>;

/**
 * Settings as a dataset records them. Datasets made before every setting was recorded lack some: a
 * missing one is undefined (not known), never guessed.
 */
export type RecordedSettings = Partial<DatasetSettings> & CallerSettings;
