export * from './DatasetSummary.js';
export * from './DatasetProfile.js';
export * from './readDatasetSummary.js';
export * from './profileDataset.js';
export * from './readQueryHarvests.js';
export * from './RightsTally.js';
export * from './fileExists.js';
