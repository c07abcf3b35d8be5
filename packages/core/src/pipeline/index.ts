export * from './CollectOptions.js';
export * from './RunSummary.js';
export * from './collect.js';
export * from './datasetSettings.js';
export * from './finalStage.js';
export * from './imagesStage.js';
export * from './rowsStage.js';
export * from './explainRecord.js';
