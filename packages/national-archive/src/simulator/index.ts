export {
  nationalArchiveSimulator,
  NARA_SIMULATOR_KEYS,
  type NaraSimulatorMode,
  type NationalArchiveSimulatorOptions,
} from './nationalArchiveSimulator.js';
