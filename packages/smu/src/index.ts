export * from './smuAdapter.js';
export * from './SmuRecord.js';
export { SMU_EXTRA_COLUMNS, type SmuExtraColumn, type SmuRowDraft } from './recordToRow.js';
export { itemDate, type ItemDate } from './itemDate.js';
export { MAX_RECS } from './searchRequest.js';
