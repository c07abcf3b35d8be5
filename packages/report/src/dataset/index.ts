export * from './DatasetSummary.js';
export * from './DatasetProfile.js';
export * from './readDatasetSummary.js';
export * from './profileDataset.js';
export * from './readQueryHarvests.js';
export * from './tallyRights.js';
export * from './fileExists.js';
