export { computeImageFeatures, type ImageFeatures } from './computeImageFeatures.js';
export { FeatureCache, featureCacheLine } from './FeatureCache.js';
export { featureJobList, type FeatureJob } from './featureJobList.js';
export { FeatureStore, type FeatureJobs, type FeatureStoreOptions } from './FeatureStore.js';
export { hammingDistance, hashHalves, type HashHalves } from './hammingDistance.js';
export { HASH_SIDE, perceptualHash } from './perceptualHash.js';
