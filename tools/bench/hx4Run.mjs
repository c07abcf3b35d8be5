// One measured HX4 run in a fresh process: storeImages over HTTP from the simulator, as the
// collect pipeline's image stage calls it (manifest compaction included).
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageManifest, createHttpClient, hx4Version, storeImages, userAgent } from '@hx4/core';
import { measureMain } from './childProcess.mjs';
import { peakRssBytes, startMeter } from './cpuAccounting.mjs';

await measureMain(async ({ jobsFile, count, workers, workDir, settings }) => {
  const jobs = JSON.parse(await readFile(jobsFile, 'utf8')).slice(0, count);
  await mkdir(workDir, { recursive: true });
  const manifest = await ImageManifest.load(join(workDir, 'state', 'images.jsonl'));
  const http = createHttpClient({
    userAgent: userAgent(hx4Version),
    defaultPolicy: { requestsPerSecond: 10_000, concurrency: workers },
  });
  const rssAtStart = process.memoryUsage.rss();
  const stop = startMeter();
  const summary = await storeImages(jobs, {
    http,
    imagesDir: join(workDir, 'images'),
    tmpDir: join(workDir, 'tmp'),
    manifest,
    settings,
    concurrency: workers,
  });
  await manifest.compact();
  const measured = stop();
  await http.close();
  if (summary.ok !== jobs.length || summary.downloaded !== jobs.length) {
    throw new Error(`hx4 run stored ${summary.ok} of ${jobs.length} images; failures: ${JSON.stringify(summary.failed)}`);
  }
  return { images: jobs.length, ...measured, rssAtStart, peakRss: peakRssBytes() };
});
