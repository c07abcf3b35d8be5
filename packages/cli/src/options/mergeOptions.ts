import type { Options } from 'yargs';

/** Flags of `hx4 merge`, with merge_datasets.py's spellings (`-ddir`, `--chunk_size`, ...) beside them. */
export const mergeFlags = {
  'dataset-dir': { alias: ['d', 'ddir', 'dataset_dir', 'dir'], type: 'string', describe: 'Folder holding the per-archive dataset folders' },
  'chunk-size': { alias: ['chunk_size'], type: 'number', describe: 'Also write the multi-label CSV in chunks of N rows' },
  'phash-threshold': { type: 'number', describe: 'Bits (of 64) two images may differ by to count as the same photo (default 4; 0 to 15)' },
  phash: { type: 'boolean', default: true, describe: 'Match near-duplicates by perceptual hash (--no-phash: URL and bytes only)' },
  'img-mean-std': {
    alias: ['img_mean_std'],
    type: 'boolean',
    default: false,
    describe: 'Compute statistics from images for sources without stats.json',
  },
  'allow-partial': {
    type: 'boolean',
    default: false,
    describe: 'Merge the rest when a dataset is missing, unfinished or unreadable (the summary names each); without it such a merge fails',
  },
  expect: {
    type: 'string',
    array: true,
    describe: 'An archive the merge must contain (repeatable): without a finished dataset of it, the merge is partial',
  },
  'include-incomplete': { type: 'boolean', default: false, describe: 'Merge datasets whose collection did not finish' },
  'val-split-pct': { alias: ['vsp', 'val_split_pct'], type: 'number', default: 0.35, describe: 'Fraction of rows in the validation split' },
  seed: { alias: ['s'], type: 'number', default: 42, describe: 'Seed of the train/val split' },
  'num-workers': { alias: ['nw', 'num_workers'], type: 'number', describe: 'Images hashed at once (default: the number of CPUs)' },
  verbose: { alias: ['v'], type: 'boolean', default: false },
} satisfies Record<string, Options>;
