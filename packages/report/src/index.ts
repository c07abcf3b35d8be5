export { writeReport, REPORT_HTML, CROISSANT_JSON, type ReportOptions } from './writeReport.js';
export { croissantMetadata, CROISSANT_CONTEXT, CROISSANT_1_0, type CroissantInput } from './croissant/index.js';
export { readDatasetSummary, type DatasetSummary, type MergedRunSummary, type MergeSource } from './dataset/index.js';
