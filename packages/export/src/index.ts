export { exportDataset } from './exportDataset.js';
export {
  CAPTION_COLUMNS,
  CAPTION_SOURCES,
  EXPORT_FORMATS,
  EXPORT_SPLITS,
  type CaptionSource,
  type ExportFormat,
  type ExportSplit,
  type SplitPart,
} from './ExportFormat.js';
export { ExportInputError } from './ExportInputError.js';
export { DEFAULT_SHARD_SIZE, type ExportOptions } from './ExportOptions.js';
export { EXPORT_SUMMARY_JSON, type ExportedFile, type ExportedPart, type ExportSummary, type SkippedRow } from './ExportSummary.js';
export { findExports, readExportSummary, type FoundExport } from './findExports.js';
export { loadingSnippet, type LoadingSnippet } from './loadingSnippets.js';
export { parseCaptionSource, parseExportFormat, parseExportSplit } from './parseExportChoices.js';
export { planExport, type ExportPlan, type PlannedPart } from './planExport.js';
