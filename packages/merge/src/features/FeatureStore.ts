import { silentReporter, type Reporter } from '@hx4/core';
import { computeImageFeatures, type ImageFeatures } from './computeImageFeatures.js';
import { FeatureCache } from './FeatureCache.js';

/**
 * The images of one dataset whose features are wanted, numbered 0 .. count - 1, described on demand
 * so that asking for 300,000 images builds no object per image.
 */
export interface FeatureJobs {
  readonly count: number;
  /** The number of the wanted image with this id, if it is wanted. */
  numberOf(id: string): number | undefined;
  id(job: number): string;
  path(job: number): string;
  /** Of its stored bytes, from the image manifest; null when unknown, and then the file is always read. */
  sha256(job: number): string | null;
  /** Takes an image's features; called again for an image whose cached line turns out to be outdated. */
  found(job: number, features: ImageFeatures): void;
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
   * Gives `jobs` the features of each of its images. `cachePath` is the dataset's feature cache; `keep` says
   * which ids the dataset still has, so the cache sheds lines of images that are gone. Throws on the
   * first image that cannot be read or decoded.
   */
  async features(cachePath: string, jobs: FeatureJobs, keep: (id: string) => boolean): Promise<void> {
    // Per job: whether the current cache line of its id fits its bytes. A later line of an id replaces an earlier one.
    const cached = new Uint8Array(jobs.count);
    const cache = await FeatureCache.scan(cachePath, keep, (id, features) => {
      const job = jobs.numberOf(id);
      if (job === undefined) return;
      cached[job] = features.sha256 === jobs.sha256(job) ? 1 : 0;
      if (cached[job]) jobs.found(job, features);
    });
    const pending: number[] = [];
    for (let job = 0; job < jobs.count; job++) if (!cached[job]) pending.push(job);
    this.counts.cached += jobs.count - pending.length;
    const reporter = this.options.reporter ?? silentReporter;
    // The workers take jobs from one iterator, each job once.
    const queue = pending.values();
    let done = 0;
    let failed = false;
    const worker = async (): Promise<void> => {
      for (let next = queue.next(); !failed && !next.done; next = queue.next()) {
        const job = next.value;
        try {
          const features = await computeImageFeatures(jobs.path(job));
          jobs.found(job, features);
          await cache.add(jobs.id(job), features);
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
  }
}
