export { generateMergeBenchInput, type MergeBenchInput, type MergeBenchInputOptions } from './generateMergeBenchInput.js';
