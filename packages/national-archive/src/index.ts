// The public API of @hx4/national-archive, by name. The National Archives adapter and its record types; the simulator is at @hx4/national-archive/simulator.
export { type NaraAncestor, type NaraDate, type NaraDigitalObject, type NaraRecord, naraRecordSchema } from './NaraRecord.js';
export type { NaraSourceId } from './catalogSources.js';
export { nationalArchiveAdapter } from './nationalArchiveAdapter.js';
export { recordDate, type RecordDate } from './recordDate.js';
export type { NaraCursor } from './searchCursor.js';
