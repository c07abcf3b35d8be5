import { join } from 'node:path';
import { silentReporter, type Reporter } from '@hx4/core';
import { computeImageFeatures, type ImageFeatures } from './computeImageFeatures.js';
import { FEATURE_CACHE_FILE, FeatureCache } from './FeatureCache.js';

/** One image of one dataset whose features are wanted. */
export interface FeatureJob {
  id: string;
  path: string;
  /** From the image manifest; null when it has none, and then the file is always read. */
  sha256: string | null;
}

export interface FeatureStoreOptions {
  /** Images decoded at once. */
  workers: number;
  reporter?: Reporter;
}

/** Hands out image features, from each dataset's cache when the stored bytes are unchanged, else decoded (and cached). */
export class FeatureStore {
  /** Images decoded by this merge, and images whose features came from a cache. */
  readonly counts = { hashed: 0, cached: 0 };

  constructor(private readonly options: FeatureStoreOptions) {
    if (!(Number.isInteger(options.workers) && options.workers > 0)) {
      throw new Error(`workers must be a positive whole number, got ${options.workers}`);
    }
  }

  /**
   * The features of `jobs`, in order. `stateDir` is the dataset's `state/`; `keep` says which ids the
   * dataset still has, so the cache sheds lines of images that are gone. Throws on the first image
   * that cannot be read or decoded.
   */
  async features(stateDir: string, jobs: readonly FeatureJob[], keep: (id: string) => boolean): Promise<ImageFeatures[]> {
    const results: (ImageFeatures | undefined)[] = new Array(jobs.length);
    const jobOf = new Map<string, number>();
    jobs.forEach((job, index) => {
      if (job.sha256 !== null) jobOf.set(job.id, index);
    });
    const cache = await FeatureCache.scan(join(stateDir, FEATURE_CACHE_FILE), keep, (id, features) => {
      const index = jobOf.get(id);
      if (index !== undefined) results[index] = features.sha256 === jobs[index].sha256 ? features : undefined;
    });
    const pending: number[] = [];
    for (let index = 0; index < jobs.length; index++) if (results[index] === undefined) pending.push(index);
    this.counts.cached += jobs.length - pending.length;
    const reporter = this.options.reporter ?? silentReporter;
    let next = 0;
    let done = 0;
    let failed = false;
    const worker = async (): Promise<void> => {
      while (!failed && next < pending.length) {
        const index = pending[next++];
        try {
          const computed = await computeImageFeatures(jobs[index].path);
          results[index] = computed;
          await cache.add(jobs[index].id, computed);
        } catch (error) {
          failed = true;
          throw error;
        }
        this.counts.hashed++;
        reporter.progress('hash', ++done, pending.length);
      }
    };
    const outcomes = await Promise.allSettled(Array.from({ length: Math.min(this.options.workers, pending.length) }, worker));
    // Whatever finished is worth keeping, even when one image failed.
    await cache.compact(keep);
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
    return results as ImageFeatures[];
  }
}
