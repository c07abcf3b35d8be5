export * from './mergedFileNames.js';
export { mergedItems, type MergedItem } from './mergedItems.js';
export { mergedStats, type MergedStatsInput } from './mergedStats.js';
export { splitMergedRows, TRAIN, VAL, type MergedSplits } from './splitMergedRows.js';
export { chunkSink, removeStaleChunks } from './writeChunks.js';
export { csvSink, writeCsvs, type RecordSink } from './writeCsvs.js';
export { writeMergedTables } from './writeMergedTables.js';
