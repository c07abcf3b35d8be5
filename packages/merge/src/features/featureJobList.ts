import type { ImageFeatures } from './computeImageFeatures.js';
import type { FeatureJobs } from './FeatureStore.js';

/** One image whose features are wanted. */
export interface FeatureJob {
  id: string;
  path: string;
  /** Of its stored bytes; null when unknown. */
  sha256: string | null;
}

/** `FeatureJobs` over a short list of images, for callers that want a few; `found` gets each one's features by its place in the list. */
export function featureJobList(list: readonly FeatureJob[], found: (index: number, features: ImageFeatures) => void): FeatureJobs {
  const numbers = new Map(list.map((job, index) => [job.id, index]));
  return {
    count: list.length,
    numberOf: (id) => numbers.get(id),
    id: (job) => list[job].id,
    path: (job) => list[job].path,
    sha256: (job) => list[job].sha256,
    found,
  };
}
