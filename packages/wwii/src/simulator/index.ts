export { wwiiSimulator, type WwiiSimulatorOptions } from './wwiiSimulator.js';
