export * from './DatasetLayout.js';
export * from './DatasetSettings.js';
export * from './DatasetSummary.js';
export * from './describeThumbnailSize.js';
export * from './harvestedQueries.js';
export * from './MergedRunSummary.js';
export * from './readRunSummary.js';
export * from './RunSummaryError.js';
