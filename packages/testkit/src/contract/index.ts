// The archive contract suite of @hx4/testkit, by name: a subpath of its own, so that the main entry never loads vitest.
export type { ArchiveContract, ArchiveContractOptions, ContractCollectOverrides, ContractRun } from './ArchiveContract.js';
export { contractCollect, type ContractCollectSpec } from './contractCollect.js';
export { describeArchiveContract } from './describeArchiveContract.js';
