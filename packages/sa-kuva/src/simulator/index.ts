export { saKuvaSimulator, type SaKuvaSimulatorOptions } from './saKuvaSimulator.js';
