// `npm run bench`: image throughput and peak memory of storeImages against a pure-sharp baseline.
// See docs/benchmarks.md. It reports; it does not assert: exit code 0 whatever the figures, 1 on an error.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHttpClient, hx4Version, userAgent } from '@hx4/core';
import { imagePath } from '@hx4/testkit';
import sharp from 'sharp';
import { forEachConcurrently, runMeasurement } from './childProcess.mjs';
import { printReport } from './report.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const MiB = 1024 * 1024;
/** Landscape and portrait camera sizes around 2000×1500, cycled through by seed. */
const IMAGE_SIZES = [
  [2000, 1500],
  [1500, 2000],
  [2048, 1536],
  [1920, 1440],
];
const SETTINGS = {
  thumbnailSize: [512, 512],
  largeImageThresholdBytes: null,
  maxBytes: 50 * MiB,
  maxPixels: 100_000_000,
  jpegQuality: 95,
};

const config = {
  images: positiveInteger('HX4_BENCH_IMAGES', 300),
  workers: positiveIntegers('HX4_BENCH_WORKERS', [2, 8]),
  repeats: positiveInteger('HX4_BENCH_REPEATS', 3),
  baseDir: process.env.HX4_BENCH_DIR || tmpdir(),
};
config.smallImages = Math.max(1, Math.round(config.images / 3));

let simulator;
const root = await mkdtemp(join(config.baseDir, 'hx4-bench-'));
try {
  await main();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  simulator?.disconnect();
  await rm(root, { recursive: true, force: true });
}

async function main() {
  const { images, workers, repeats, smallImages } = config;
  log(`${images} images, -nw ${workers.join('/')}, ${repeats} repeats; work dir ${root}`);
  simulator = fork(here('./simulatorProcess.mjs'), [String(Math.max(256, images * 4) * MiB)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [{ url }] = await once(simulator, 'message');
  const jobs = Array.from({ length: images }, (_, index) => {
    const [width, height] = IMAGE_SIZES[index % IMAGE_SIZES.length];
    return { id: `photo-${index + 1}`, url: url + imagePath({ seed: index + 1, width, height }) };
  });
  const jobsFile = join(root, 'jobs.json');
  await writeFile(jobsFile, JSON.stringify(jobs));
  const { sourceFiles, sourceBytes, seconds } = await downloadSources(jobs, join(root, 'sources'));
  log(`simulator rendered and served ${images} images (${(sourceBytes / images / 1024).toFixed(0)} KB each on average) in ${seconds.toFixed(1)} s`);

  const runs = [];
  let runNumber = 0;
  const measure = async (kind, count, nw) => {
    const workDir = join(root, 'runs', String(++runNumber));
    const cpuBefore = await simulatorCpu();
    const input = { jobsFile, sourceFiles, count, workers: nw, workDir, settings: SETTINGS };
    const result =
      kind === 'hx4'
        ? await runMeasurement(here('./hx4Run.mjs'), input)
        : await runMeasurement(here('./sharpRun.mjs'), { ...input, mode: kind });
    const cpuAfter = await simulatorCpu();
    await rm(workDir, { recursive: true, force: true });
    const run = { kind, count, workers: nw, ...result, simulatorCpuMs: (cpuAfter - cpuBefore) / 1000 };
    log(`${kind.padEnd(7)} N=${count} -nw ${nw}: ${(count / result.seconds).toFixed(1)} images/s, peak RSS ${(result.peakRss / MiB).toFixed(0)} MB`);
    runs.push(run);
  };

  // Interleaved, so a slow patch of the machine hurts every contender alike.
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const nw of workers) {
      for (const kind of ['hx4', 'plain', 'matched']) await measure(kind, images, nw);
    }
  }
  for (const nw of workers) await measure('hx4', smallImages, nw);

  printReport({ config, runs, sourceBytes, environment: await environment() });
}

/** Fetches every image once: the simulator renders and caches it, and the baseline gets its local copy. */
async function downloadSources(jobs, dir) {
  await mkdir(dir, { recursive: true });
  const http = createHttpClient({ userAgent: userAgent(hx4Version), defaultPolicy: { requestsPerSecond: 10_000, concurrency: 4 } });
  const started = performance.now();
  const sourceFiles = jobs.map((job) => join(dir, `${job.id}.jpg`));
  let sourceBytes = 0;
  try {
    await forEachConcurrently(jobs.map((job, index) => ({ job, file: sourceFiles[index] })), 4, async ({ job, file }) => {
      const { bytes } = await http.download(job.url, file, { maxBytes: SETTINGS.maxBytes });
      sourceBytes += bytes;
    });
  } finally {
    await http.close();
  }
  return { sourceFiles, sourceBytes, seconds: (performance.now() - started) / 1000 };
}

/** The simulator's CPU time so far in µs, to show how much it competed with the measured process. */
async function simulatorCpu() {
  simulator.send({ type: 'cpu' });
  const [{ usage }] = await once(simulator, 'message');
  return usage.user + usage.system;
}

async function environment() {
  return {
    node: process.version,
    sharp: sharp.versions.sharp,
    vips: sharp.versions.vips,
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    threadpool: process.env.UV_THREADPOOL_SIZE ?? '4 (default)',
  };
}

function log(message) {
  console.error(`[bench] ${message}`);
}

function positiveInteger(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${text}"`);
  return value;
}

function positiveIntegers(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const values = text.split(',').map(Number);
  if (!values.every((value) => Number.isInteger(value) && value > 0)) {
    throw new Error(`${name} must be a comma-separated list of positive whole numbers, got "${text}"`);
  }
  return values;
}
