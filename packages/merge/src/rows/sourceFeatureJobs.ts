import { resolve } from 'node:path';
import type { FeatureJobs } from '../features/index.js';
import type { RowTable } from './RowTable.js';

export interface SourceRows {
  /** The dataset folder. */
  root: string;
  table: RowTable;
  /** The dataset's first row in the table; its rows follow in CSV order. */
  start: number;
  /** By offset in the dataset: the sha256 of the row's stored image, null when unknown; updated as features arrive. */
  sha256s: (string | null)[];
  /** Each id's offset in the dataset. */
  offsets: ReadonlyMap<string, number>;
  /** Every row's features (perceptual matching wants their hashes), else only those of rows whose bytes are unknown. */
  all: boolean;
}

/** The feature jobs of one dataset's rows in the table: the features found go straight into the table. */
export function sourceFeatureJobs({ root, table, start, sha256s, offsets, all }: SourceRows): FeatureJobs {
  const jobOffsets = Int32Array.from(sha256s.keys()).filter((offset) => all || sha256s[offset] === null);
  const jobOf = new Int32Array(sha256s.length).fill(-1);
  jobOffsets.forEach((offset, job) => (jobOf[offset] = job));
  const offsetOf = (job: number): number => {
    const offset = jobOffsets[job];
    if (offset === undefined) throw new RangeError(`no feature job ${job} (of ${jobOffsets.length})`);
    return offset;
  };
  const row = (job: number) => start + offsetOf(job);
  return {
    count: jobOffsets.length,
    numberOf: (id) => {
      const offset = offsets.get(id);
      const job = offset === undefined ? undefined : jobOf[offset];
      return job === undefined || job < 0 ? undefined : job;
    },
    id: (job) => table.idOf(row(job)),
    path: (job) => resolve(root, table.fileName(row(job))),
    sha256: (job) => sha256s[offsetOf(job)] ?? null,
    found: (job, features) => {
      table.setFeatures(row(job), features);
      // The file read is the truth about the bytes, should the manifest disagree.
      sha256s[offsetOf(job)] = features.sha256;
    },
  };
}
