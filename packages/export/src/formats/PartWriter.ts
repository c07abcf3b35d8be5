import type { SplitPart } from '../ExportFormat.js';
import type { ExportedFile } from '../ExportSummary.js';
import type { ExportSample } from '../readSamples.js';

/** Where one split's samples go: the export folder being written, and the shard size for WebDataset. */
export interface PartTarget {
  dir: string;
  split: SplitPart;
  /** WebDataset's samples per shard; null for the formats without shards. */
  shardSize: number | null;
}

export interface WrittenPart {
  files: ExportedFile[];
  shardPattern?: string;
  /** Images hard-linked and copied (imagefolder), for the log: which one depends on the file system. */
  images?: { linked: number; copied: number };
}

/** Writes one split's samples, streamed, in one format. */
export type PartWriter = (samples: AsyncIterable<ExportSample>, target: PartTarget) => Promise<WrittenPart>;
