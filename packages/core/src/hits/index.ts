export * from './HitCheckpoint.js';
export * from './harvestQuery.js';
export * from './hitFiles.js';
export * from './readHits.js';
export * from './RequestBudget.js';
export * from './createDetailFetcher.js';
export * from './expandRecords.js';
export * from './SourceChooser.js';
