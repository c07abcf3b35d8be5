// The public API of @hx4/smu, by name. The SMU adapter and its record types; the simulator is at @hx4/smu/simulator.
export { type CompoundPage, type SmuRecord, smuRecordSchema } from './SmuRecord.js';
export { createSmuAdapter, smuAdapter, type SmuAdapterOptions } from './smuAdapter.js';
