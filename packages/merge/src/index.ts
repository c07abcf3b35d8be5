export * from './bench/index.js';
export * from './dedup/index.js';
export * from './discovery/index.js';
export * from './features/index.js';
export * from './MergeOptions.js';
export * from './mergeDatasets.js';
export * from './output/index.js';
export * from './rows/index.js';
