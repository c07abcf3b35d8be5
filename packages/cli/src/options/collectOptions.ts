import type { Options } from 'yargs';
import type { ArchiveEntry } from '../installedArchives.js';
import { archiveFlags } from './archiveFlags.js';

/**
 * Flags of `hx4 collect` every archive takes (`hx4 slurm` passes them on to each shard). Each has its HX4 spelling plus the History-X4 collectors'
 * spellings (`-ddir`, `--dataset_dir`, `-nw`, ...) so existing scripts keep working.
 */
export const sharedFlags = {
  'dataset-dir': { alias: ['d', 'ddir', 'dataset_dir', 'dir'], type: 'string', describe: 'Folder that holds the dataset folders' },
  'start-date': { alias: ['sdt', 'start_date'], type: 'string', describe: "Start of the date window, YYYY-MM-DD (default: the archive's)" },
  'end-date': { alias: ['edt', 'end_date'], type: 'string', describe: "End of the date window, YYYY-MM-DD (default: the archive's)" },
  query: { alias: ['q'], type: 'string', array: true, describe: 'A query label (repeatable); default: the vocabulary file' },
  'queries-file': { alias: ['queries_file'], type: 'string', describe: 'Query labels, one per line (default: misc/query_labels.txt)' },
  'canonical-file': { type: 'string', describe: 'Query → canonical label map (default: misc/canonical_labels.json)' },
  endpoint: { type: 'string', describe: 'Base URL of the archive API (default: the real archive; or HX4_<ARCHIVE>_ENDPOINT)' },
  'api-key': {
    alias: ['ak', 'api_key'],
    type: 'string',
    describe: "API key (or the archive's environment variable); never written to disk",
  },
  'metadata-only': { type: 'boolean', default: false, describe: 'Stop after the raw metadata CSVs' },
  'thumbnail-size': {
    alias: ['thumbnail_size'],
    type: 'string',
    array: true,
    describe: 'Shrink images to fit W,H (512,512 / 800x800 / 800 800); never enlarges',
  },
  'enable-thumbnailing': {
    alias: ['enable_thumbnailing'],
    type: 'boolean',
    describe: 'Thumbnail images larger than --large-image-threshold-mb (box default 1000x1000)',
  },
  'large-image-threshold-mb': {
    alias: ['large_image_threshold_mb'],
    type: 'number',
    describe: 'With --enable-thumbnailing: only files above this size are shrunk (default 1.0)',
  },
  'img-mean-std': { alias: ['img_mean_std'], type: 'boolean', default: false, describe: 'Compute RGB mean/std of the final images' },
  'val-split-pct': { alias: ['vsp', 'val_split_pct'], type: 'number', default: 0.35, describe: 'Fraction of rows in the validation split' },
  seed: { alias: ['s'], type: 'number', default: 42, describe: 'Seed of the train/val split' },
  'num-workers': { alias: ['nw', 'num_workers'], type: 'number', default: 8, describe: 'Images downloaded and processed at once' },
  'batch-size': { alias: ['bs', 'batch_size'], type: 'number', describe: 'Accepted for old scripts; HX4 streams, so it has no effect' },
  'requests-per-second': {
    alias: ['rps'],
    type: 'number',
    describe: "Requests per second to the archive's API host (default: the archive's polite rate)",
  },
  'max-rps': {
    type: 'string',
    array: true,
    describe: 'Never more requests per second than N: to every host (N), or to one (HOST=N, repeatable)',
  },
  'max-requests': {
    type: 'number',
    describe: "Most API requests this month for this key (default: the archive's quota, e.g. NARA's 10,000)",
  },
  'retry-failed': { type: 'boolean', default: false, describe: 'Retry every recorded image failure, permanent ones included' },
  insecure: { type: 'boolean', default: false, describe: 'Turn TLS certificate checks off for every host (prefer --insecure-host)' },
  'insecure-host': { type: 'string', array: true, describe: 'Turn TLS certificate checks off for this host only (repeatable)' },
  shard: {
    type: 'string',
    describe: 'Do shard I of N of the work (I/N): every Nth query, then the images whose id hashes to it; into <dataset>/shards/',
  },
  'join-shards': {
    type: 'number',
    describe: 'Join the dataset from its N finished shards (same options as the shards; no request is made)',
  },
  merge: { type: 'boolean', describe: 'With several archives: merge them afterwards (--no-merge: do not); asked on a terminal' },
  'chunk-size': { alias: ['chunk_size'], type: 'number', describe: 'With the merge: also write the multi-label CSV in chunks of N rows' },
  'allow-partial': {
    type: 'boolean',
    default: false,
    describe: 'With the merge: merge the rest when an archive failed (without it the merge refuses)',
  },
  'low-memory': {
    type: 'boolean',
    describe:
      'Favour a small heap over speed in the image work too: a peak ~10 MB lower for ~25% more CPU per image (a cluster job with a tight --mem)',
  },
  verbose: { alias: ['v'], type: 'boolean', default: false, describe: 'Print debug lines too' },
} satisfies Record<string, Options>;

/** Flags of `hx4 collect`: the shared ones, then the installed archives' own. */
export function collectFlags(installed: readonly ArchiveEntry[]): Record<string, Options> {
  return { ...sharedFlags, ...archiveFlags(installed, sharedFlags) };
}
