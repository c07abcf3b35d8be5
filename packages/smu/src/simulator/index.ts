export { smuSimulator, type SmuSimulatorOptions } from './smuSimulator.js';
export { SIM_COLLECTIONS, type SimCollection } from './collections.js';
