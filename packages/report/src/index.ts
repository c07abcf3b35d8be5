export { writeReport, type ReportOptions } from './writeReport.js';
export { croissantMetadata, CROISSANT_CONTEXT, CROISSANT_1_0, type CroissantInput } from './croissant/index.js';
export { readDatasetSummary, type DatasetSummary } from './dataset/index.js';
