// One measured HX4 library run in a fresh process: storeImages over HTTP from the simulator, as the
// collect pipeline's image stage calls it (manifest compaction included), but with politeness off: no
// adaptive lanes, a rate no host limit reaches. Beside the CLI's figure it shows what politeness costs.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageManifest, createHttpClient, hx4Version, storeImages, userAgent } from '@hx4/core';
import { measureMain } from './childProcess.mjs';
import { peakRssBytes, startMeter } from './cpuAccounting.mjs';

await measureMain(async ({ jobsFile, workers, workDir, settings }) => {
  const jobs = JSON.parse(await readFile(jobsFile, 'utf8'));
  await mkdir(workDir, { recursive: true });
  const manifest = await ImageManifest.load(join(workDir, 'state', 'images.jsonl'));
  const http = createHttpClient({
    userAgent: userAgent(hx4Version),
    adaptive: false,
    defaultPolicy: { requestsPerSecond: 10_000, concurrency: workers },
  });
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
  return { images: jobs.length, ...measured, peakRss: peakRssBytes() };
});
