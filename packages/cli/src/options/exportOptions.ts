import type { Options } from 'yargs';
import { CAPTION_SOURCES, DEFAULT_SHARD_SIZE, EXPORT_FORMATS, EXPORT_SPLITS } from '@hx4/export';

// The values are checked by @hx4/export, whose messages fit on one line (yargs' `choices` spreads over several).
/** Flags of `hx4 export <dataset-dir>`. */
export const exportFlags = {
  format: { alias: ['f'], type: 'string', demandOption: true, describe: `Trainer format: ${EXPORT_FORMATS.join(', ')}` },
  split: { type: 'string', default: 'all', describe: `Which split: ${EXPORT_SPLITS.join(', ')} (all: train and val)` },
  caption: {
    type: 'string',
    default: 'enriched',
    describe: `Caption text: ${CAPTION_SOURCES.join(', ')} (enriched: title and description)`,
  },
  'shard-size': { type: 'number', describe: `WebDataset: samples per shard (default ${String(DEFAULT_SHARD_SIZE)})` },
  out: { alias: ['o'], type: 'string', describe: 'Output folder (default <dataset-dir>/exports/<format>, linked from the dataset card)' },
  verbose: { alias: ['v'], type: 'boolean', default: false },
} satisfies Record<string, Options>;
