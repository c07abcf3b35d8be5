export { type DatasetSource, type Discovery } from './DatasetSource.js';
export { discoverDatasets } from './discoverDatasets.js';
export { inspectDataset, MERGE_OUTPUT, type InspectOptions } from './inspectDataset.js';
