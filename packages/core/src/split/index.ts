export { iterativeStratifiedSplit, MIN_LABEL_ROWS_FOR_VAL } from './iterativeStratifiedSplit.js';
export { DEFAULT_SEED, SeededRandom } from './SeededRandom.js';
export { DEFAULT_VAL_FRACTION, type SplitOptions, type SplitResult } from './SplitOptions.js';
export { stratifiedSplit } from './stratifiedSplit.js';
