export * from './nationalArchiveAdapter.js';
export * from './NaraRecord.js';
export { recordDate, type RecordDate } from './recordDate.js';
export type { NaraCursor } from './searchCursor.js';
export type { NaraSourceId } from './catalogSources.js';
