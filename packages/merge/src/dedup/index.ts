export { DUPLICATE_KINDS, kindsOfMask, type DuplicateCounts, type DuplicateKind } from './duplicateKinds.js';
export { findDuplicates } from './findDuplicates.js';
export { MAX_PERCEPTUAL_THRESHOLD, PerceptualIndex } from './PerceptualIndex.js';
export { UnionFind } from './UnionFind.js';
