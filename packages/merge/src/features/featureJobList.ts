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
  const jobAt = (job: number): FeatureJob => {
    const entry = list[job];
    if (entry === undefined) throw new RangeError(`no feature job ${job} (of ${list.length})`);
    return entry;
  };
  return {
    count: list.length,
    numberOf: (id) => numbers.get(id),
    id: (job) => jobAt(job).id,
    path: (job) => jobAt(job).path,
    sha256: (job) => jobAt(job).sha256,
    found,
  };
}
