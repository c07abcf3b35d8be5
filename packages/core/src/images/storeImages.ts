import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import PQueue from 'p-queue';
import sharp from 'sharp';
import { removeStaleTempFiles } from '../fs/writeFileAtomic.js';
import type { HttpClient } from '../http/HttpClient.js';
import { imageFileName } from './fileSafeId.js';
import { failureEntry } from './failureEntry.js';
import type { ImageManifest, ImageManifestEntry } from './ImageManifest.js';
import { resolveImageSettings, type ImageSettings } from './ImageSettings.js';
import { processImage } from './processImage.js';
import { settingsKey } from './settingsKey.js';

/**
 * Bodies up to this size stay in memory between download and decode (most photos): no disk round
 * trip. Larger ones go through a temp file, so memory per worker is bounded by this.
 */
const IN_MEMORY_BYTES = 8 * 1024 * 1024;

export interface ImageJob {
  id: string;
  url: string;
}

/** Which earlier failures a run tries again: only transient ones (default), all, or none. */
export type RetryFailed = 'transient' | 'all' | 'none';

export interface StoreImagesOptions {
  http: HttpClient;
  imagesDir: string;
  /** Downloads and encodes land here first; same file system as `imagesDir`, not inside it. */
  tmpDir: string;
  manifest: ImageManifest;
  settings: ImageSettings;
  /** Images in flight at once (downloading or processing). */
  concurrency: number;
  retryFailed?: RetryFailed;
  /** Number of jobs for `onProgress`; defaults to the length of an array, else the jobs seen so far. */
  total?: number;
  onProgress?: (done: number, total: number) => void;
  /** Called for every failure of this run (not for failures kept from an earlier run). */
  onFailure?: (entry: ImageManifestEntry) => void;
}

export interface StoreImagesSummary {
  /** Jobs whose image is stored, including reused ones. */
  ok: number;
  /** Stored by an earlier run with the same URL and settings: no download, no re-encode. */
  reused: number;
  /** Failed jobs by reason, including failures kept from an earlier run. */
  failed: Record<string, number>;
  /** Bodies fetched by this run. */
  downloaded: number;
}

/**
 * Downloads, validates and stores the image of every job as `imagesDir/<id>.jpg` (ids must be file-safe: see `fileSafeId`),
 * recording each outcome in the manifest. Resumable: work already done with the same URL and
 * settings is skipped. One image's failure never stops the others; a repeated id is handled once.
 */
export async function storeImages(
  jobs: Iterable<ImageJob> | AsyncIterable<ImageJob>,
  options: StoreImagesOptions,
): Promise<StoreImagesSummary> {
  const settings = resolveImageSettings(options.settings);
  const key = settingsKey(settings);
  const { http, imagesDir, tmpDir, manifest, concurrency, onProgress, onFailure } = options;
  const retryFailed = options.retryFailed ?? 'transient';
  const knownTotal = options.total ?? (Array.isArray(jobs) ? jobs.length : undefined);
  if (!(Number.isInteger(concurrency) && concurrency > 0)) {
    throw new Error(`concurrency must be a positive whole number, got ${concurrency}`);
  }
  // The cache only helps when the same file is read twice, which never happens here; off keeps
  // memory flat. One libvips thread per image: JPEG decode and encode barely scale within one
  // image, so on a 2-core machine the cores are better used by two images at once, which the job
  // concurrency (on libuv's pool of 4) provides while other images are still downloading.
  sharp.cache(false);
  sharp.concurrency(1);
  await mkdir(imagesDir, { recursive: true });
  await clearStaleTemps(tmpDir);
  await removeStaleTempFiles(imagesDir);
  await removeStaleTempFiles(tmpDir);

  const summary: StoreImagesSummary = { ok: 0, reused: 0, failed: {}, downloaded: 0 };
  const countFailure = (reason: string): void => {
    summary.failed[reason] = (summary.failed[reason] ?? 0) + 1;
  };
  let done = 0;
  let seenJobs = 0;
  const finishJob = (): void => {
    done += 1;
    onProgress?.(done, knownTotal ?? seenJobs);
  };

  const storeOne = async (job: ImageJob): Promise<void> => {
    const previous = manifest.get(job.id);
    if (previous?.url === job.url) {
      if (await manifest.isStored(job.id, key, imagesDir)) {
        summary.ok += 1;
        summary.reused += 1;
        return;
      }
      if (previous.status === 'failed' && !shouldRetry(previous, retryFailed)) {
        countFailure(previous.reason ?? 'error');
        return;
      }
    }
    const entry = await fetchAndStore(job);
    await manifest.append(entry);
    if (entry.status === 'ok') {
      summary.ok += 1;
    } else {
      countFailure(entry.reason ?? 'error');
      onFailure?.(entry);
    }
  };

  const fetchAndStore = async (job: ImageJob): Promise<ImageManifestEntry> => {
    const stem = `${job.id}.${randomBytes(6).toString('hex')}`;
    const download = join(tmpDir, `${stem}.part`);
    const target = join(imagesDir, imageFileName(job.id));
    let attempts = 0;
    try {
      const response = await http.download(job.url, download, {
        maxBytes: settings.maxBytes,
        memoryBytes: IN_MEMORY_BYTES,
        headers: { accept: 'image/*' },
      });
      attempts = response.attempts;
      summary.downloaded += 1;
      const stored = await processImage(response.data ?? download, target, settings);
      return { id: job.id, url: job.url, status: 'ok', attempts, ...stored, settings: key };
    } catch (error) {
      // images/ holds exactly the images the manifest calls ok.
      await rm(target, { force: true });
      return failureEntry(job, error, attempts, key);
    } finally {
      await rm(download, { force: true });
    }
  };

  const queue = new PQueue({ concurrency });
  const seen = new Set<string>();
  let fatal: { error: unknown } | undefined;
  try {
    for await (const job of jobs) {
      if (fatal) break;
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- jobs also come from JavaScript callers
      if (typeof job?.id !== 'string' || typeof job.url !== 'string') {
        throw new Error(`image job needs a string id and url, got ${JSON.stringify(job)}`);
      }
      imageFileName(job.id);
      seenJobs += 1;
      if (seen.has(job.id)) {
        finishJob();
        continue;
      }
      seen.add(job.id);
      // Pull the next job only when a slot frees up, so memory does not grow with the job count.
      await queue.onSizeLessThan(concurrency);
      queue
        .add(() => storeOne(job))
        .then(finishJob)
        .catch((error: unknown) => {
          fatal ??= { error };
        });
    }
  } finally {
    await queue.onIdle();
  }
  if (fatal) throw fatal.error;
  return summary;
}

function shouldRetry(entry: ImageManifestEntry, retryFailed: RetryFailed): boolean {
  if (retryFailed === 'all') return true;
  if (retryFailed === 'none') return false;
  return entry.transient === true;
}

/** A killed run leaves downloads (`*.part`) in `tmpDir` and `writeFileAtomic` temps beside images. */
async function clearStaleTemps(tmpDir: string): Promise<void> {
  await mkdir(tmpDir, { recursive: true });
  const parts = (await readdir(tmpDir)).filter((name) => name.endsWith('.part'));
  await Promise.all(parts.map((name) => rm(join(tmpDir, name), { force: true })));
}
