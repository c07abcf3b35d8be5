export { europeanaSimulator, EUROPEANA_SIMULATOR_KEYS, type EuropeanaSimulatorOptions } from './europeanaSimulator.js';
