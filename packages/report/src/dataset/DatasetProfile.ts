import type { RightsTally } from './RightsTally.js';
/** An image picked to stand for its label (contact sheet). */
export interface SampleImage {
  id: string;
  label: string;
  imgPath: string;
  fileName: string;
  dataset: string;
}

export interface SplitProfile {
  /** File name inside the dataset folder, or null when the split file does not exist. */
  file: string | null;
  rows: number;
  labels: Map<string, number>;
}

/**
 * Everything the report draws, aggregated while streaming the CSVs: counts per label, year, split and
 * source dataset, never the rows themselves (a merged dataset has hundreds of thousands).
 */
export interface DatasetProfile {
  /** The single-label table the label and year figures come from (the raw one after a metadata-only run). */
  table: string;
  rows: number;
  labels: Map<string, number>;
  years: Map<number, number>;
  undated: number;
  /** Rows per `dataset` column value: the source datasets of a merged dataset. */
  datasets: Map<string, number>;
  train: SplitProfile;
  val: SplitProfile;
  rights: RightsTally;
  multi: {
    file: string | null;
    rows: number;
    /** Images found by each query. */
    queries: Map<string, number>;
    canonicalLabels: Map<string, number>;
    /** How many images carry 1, 2, ... canonical labels. */
    labelsPerImage: Map<number, number>;
  };
  /** One image per label (from the validation split when it has rows), when samples were asked for. */
  samples: Map<string, SampleImage>;
  /** The file the samples were taken from. */
  samplesFrom: string;
}
