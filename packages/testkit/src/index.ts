export { startSimulator, type Simulator, type SimulatorOptions } from './startSimulator.js';
export type { SimBody, SimContext, SimResponse, SimRoute, SimulatorArchive, StreamedBody } from './SimRoute.js';
export { imagePath, parseImageSpec, IMAGE_KINDS, DEFAULT_OVERSIZED_BYTES, type ImageKind, type ImageSpec } from './ImageSpec.js';
export {
  FaultController,
  FAULT_KINDS,
  type AppliedFault,
  type FaultHandle,
  type FaultKind,
  type FaultOptions,
  type FaultRule,
  type RandomFaults,
} from './FaultController.js';
export { RequestLog, type LoggedRequest } from './RequestLog.js';
export { jsonResponse, textResponse, htmlErrorPage } from './simResponses.js';
export { hash32, unitHash, createRandom } from './deterministicHash.js';
export * from './selfSignedCertificate.js';
export * from './draws.js';
export * from './datasetCsvs.js';
export * from './killWhen.js';
export * from './queryMembers.js';
export * from './jsonShape.js';
export { HostLimit, type HostLimitOptions } from './HostLimit.js';
export * from './responseErrorOf.js';
