// One baseline run in a fresh process: sharp alone over the same JPEGs, already on local disk,
// with the same job concurrency and libvips settings as storeImages (no cache, one thread per image).
//   plain:   the "pure sharp resize": resize to fit the box, JPEG, to a file.
//   matched: the exact sharp operations of processImage (orient, flatten, sRGB, baseline JPEG to
//            a buffer, then written), so hx4 vs matched isolates everything around sharp.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { forEachConcurrently, measureMain } from './childProcess.mjs';
import { peakRssBytes, startMeter } from './cpuAccounting.mjs';

const pipelines = {
  plain: (source, target, { thumbnailSize: [width, height], jpegQuality }) =>
    sharp(source)
      .resize(width, height, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: jpegQuality })
      .toFile(target),
  matched: async (source, target, { thumbnailSize: [width, height], jpegQuality, maxPixels }) => {
    const data = await sharp(source, { limitInputPixels: maxPixels, failOn: 'error' })
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .resize(width, height, { fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .jpeg({ quality: jpegQuality })
      .toBuffer();
    await writeFile(target, data);
  },
};

await measureMain(async ({ mode, jobsFile, sourceDir, count, workers, workDir, settings }) => {
  const resize = pipelines[mode];
  if (!resize) throw new Error(`unknown baseline mode: ${mode}`);
  const jobs = JSON.parse(await readFile(jobsFile, 'utf8')).slice(0, count);
  const sources = jobs.map((job) => join(sourceDir, `${job.id}.jpg`));
  await mkdir(workDir, { recursive: true });
  sharp.cache(false);
  sharp.concurrency(1);
  const rssAtStart = process.memoryUsage.rss();
  const stop = startMeter();
  await forEachConcurrently(sources.map((source, index) => ({ source, index })), workers, ({ source, index }) =>
    resize(source, join(workDir, `${index}.jpg`), settings),
  );
  return { images: sources.length, ...stop(), rssAtStart, peakRss: peakRssBytes() };
});
