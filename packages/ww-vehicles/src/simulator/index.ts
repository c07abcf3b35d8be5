export { wwVehiclesSimulator, type WwVehiclesSimulatorOptions } from './wwVehiclesSimulator.js';
