export { createNodesV2, DEFINITION_FILE } from './createNodesV2.js';
// Nx takes the default export as the plugin when it has createNodesV2 (Nx requires the package, a frozen namespace).
export { hx4NxPlugin as default } from './hx4NxPlugin.js';
export {
  type DatasetDefinition,
  type DateWindow,
  type FlagOptions,
  type MergedSetDefinition,
  datasetDefinitionSchema,
  mergedSetDefinitionSchema,
} from './definition/DatasetDefinition.js';
export { DefinitionError } from './definition/DefinitionError.js';
export type { ReportExecutorOptions } from './report/ReportExecutorOptions.js';
