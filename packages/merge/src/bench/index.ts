export { benchRunSummary, type BenchRunSummaryInput } from './benchRunSummary.js';
export { generateMergeBenchInput, type MergeBenchInput, type MergeBenchInputOptions } from './generateMergeBenchInput.js';
