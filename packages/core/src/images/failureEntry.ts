import { HttpError } from '../http/HttpError.js';
import { ImageError } from './ImageError.js';
import type { ImageManifestEntry } from './ImageManifest.js';
import type { ImageJob } from './storeImages.js';

/** The manifest entry for a failed image: why, whether another run may help, and after how many attempts. */
export function failureEntry(job: ImageJob, error: unknown, downloadAttempts: number, key: string): ImageManifestEntry {
  const base = { id: job.id, url: job.url, status: 'failed' as const };
  if (error instanceof HttpError) {
    return { ...base, reason: error.reason, transient: error.transient, attempts: error.attempts, settings: key };
  }
  if (error instanceof ImageError) {
    const format = error.format === undefined ? {} : { format: error.format };
    return { ...base, reason: error.reason, transient: false, attempts: downloadAttempts, ...format, settings: key };
  }
  // Unknown faults (a full disk, a bug) are worth another run rather than a permanent mark.
  const message = error instanceof Error ? error.message : String(error);
  return { ...base, reason: 'error', transient: true, message, attempts: downloadAttempts, settings: key };
}
