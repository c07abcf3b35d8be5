export * from './describeCsv.js';
export * from './croissantMetadata.js';
export * from './croissantContext.js';
export * from './columnTypes.js';
export * from './datasetLicenses.js';
