// The public API of @hx4/testkit, by name. The simulator shell and the helpers the archives' simulators and tests share.
export { type ImageKind, imagePath, type ImageSpec, parseImageSpec } from './ImageSpec.js';
export type { SimBody, SimContext, SimResponse, SimRoute, SimulatorArchive, StreamedBody } from './SimRoute.js';
export { csvRecords, datasetCsvs } from './datasetCsvs.js';
export { createRandom, hash32, unitHash } from './deterministicHash.js';
export { between, pickCyclic, pickFrom, weighted } from './draws.js';
export { type JsonKind, jsonShape, type JsonShape, type ShapeContract, shapeDifferences } from './jsonShape.js';
export { killWhen } from './killWhen.js';
export { cell, itemAt, present } from './present.js';
export { checkTotals, queryMembers, queryTotal } from './queryMembers.js';
export type { LoggedRequest } from './RequestLog.js';
export { responseErrorOf } from './responseErrorOf.js';
export { selfSignedCertificate } from './selfSignedCertificate.js';
export { htmlErrorPage, jsonResponse, textResponse } from './simResponses.js';
export { type Simulator, type SimulatorOptions, startSimulator } from './startSimulator.js';
