export { AtomicTextFile } from './AtomicTextFile.js';
export { ChunkFiles } from './ChunkFiles.js';
export { csvField, csvHeader, pickedLine } from './csvLine.js';
export * from './mergedFileNames.js';
export { mergedItems, type MergedItem } from './mergedItems.js';
export { mergedStats, type MergedStatsInput } from './mergedStats.js';
export { removeStaleChunks } from './removeStaleChunks.js';
export { splitMergedRows, TRAIN, VAL, type MergedSplits } from './splitMergedRows.js';
export { writeMergedTables } from './writeMergedTables.js';
