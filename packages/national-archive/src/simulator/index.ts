export { nationalArchiveSimulator, NARA_SIMULATOR_KEYS, type NationalArchiveSimulatorOptions } from './nationalArchiveSimulator.js';
