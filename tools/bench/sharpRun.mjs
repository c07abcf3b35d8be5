// One bare-sharp run in a fresh process: local file → resize to fit the box → JPEG file, over the same
// images as hx4 (local copies, no HTTP), with the same job concurrency and libvips settings as
// storeImages (no cache, one thread per image).
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { forEachConcurrently, measureMain } from './childProcess.mjs';
import { peakRssBytes, startMeter } from './cpuAccounting.mjs';

await measureMain(
  async ({
    jobsFile,
    workers,
    workDir,
    settings: {
      thumbnailSize: [width, height],
      jpegQuality,
    },
  }) => {
    const jobs = JSON.parse(await readFile(jobsFile, 'utf8'));
    await mkdir(workDir, { recursive: true });
    sharp.cache(false);
    sharp.concurrency(1);
    const stop = startMeter();
    await forEachConcurrently(
      jobs.map((job, index) => ({ source: job.source, index })),
      workers,
      ({ source, index }) =>
        sharp(source)
          .resize(width, height, { fit: 'inside', withoutEnlargement: true })
          .jpeg({ quality: jpegQuality })
          .toFile(join(workDir, `${index}.jpg`)),
    );
    return { images: jobs.length, ...stop(), peakRss: peakRssBytes() };
  },
);
