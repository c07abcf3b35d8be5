// The public API of @hx4/merge, by name. mergeDatasets and what its callers pass and read back; the merge's stages stay inside the package.
export { type MergeOptions, type ResolvedMergeOptions, resolveMergeOptions } from './MergeOptions.js';
export { generateMergeBenchInput, type MergeBenchInput, type MergeBenchInputOptions } from './bench/generateMergeBenchInput.js';
export { PerceptualIndex } from './dedup/PerceptualIndex.js';
export type { DatasetSource, Discovery } from './discovery/DatasetSource.js';
export { discoverDatasets } from './discovery/discoverDatasets.js';
export { FeatureCache } from './features/FeatureCache.js';
export { computeImageFeatures, type ImageFeatures } from './features/computeImageFeatures.js';
export { mergeDatasets } from './mergeDatasets.js';
export { writeMergedTables } from './output/writeMergedTables.js';
export { RowTable, type TableRow } from './rows/RowTable.js';
export { PartialMergeError } from './PartialMergeError.js';
