export { describeThumbnailSize, type DatasetSource, type Discovery, type SkippedDataset } from './DatasetSource.js';
export { discoverDatasets } from './discoverDatasets.js';
export { inspectDataset, MERGE_OUTPUT, MERGED_KIND, type InspectOptions } from './inspectDataset.js';
