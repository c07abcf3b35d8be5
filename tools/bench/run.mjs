// `npm run bench`: image throughput and peak memory of storeImages against a pure-sharp baseline,
// then the merge of 300,000 generated rows.
// See docs/benchmarks.md. It reports, it does not assert: exit code 0 whatever the figures, 1 on an error.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpClient, hx4Version, userAgent } from '@hx4/core';
import { imagePath } from '@hx4/testkit';
import sharp from 'sharp';
import { forEachConcurrently } from './childProcess.mjs';
import { describeRun, measureRun } from './measureRun.mjs';
import { benchMerge } from './mergeBench.mjs';
import { printReport } from './report.mjs';
import { startSimulatorProcess } from './simulatorClient.mjs';

const MiB = 1024 * 1024;
/** Landscape and portrait camera sizes around 2000×1500, cycled through by seed. */
const IMAGE_SIZES = [
  [2000, 1500],
  [1500, 2000],
  [2048, 1536],
  [1920, 1440],
];
/** Rendered JPEGs are about 0.5 MB; the simulator's cache must hold them all so none is rendered twice. */
const CACHE_BYTES_PER_IMAGE = 4 * MiB;
const SETTINGS = {
  thumbnailSize: [512, 512],
  largeImageThresholdBytes: null,
  maxBytes: 50 * MiB,
  maxPixels: 100_000_000,
  jpegQuality: 95,
};

const cleanups = [];
try {
  await main(readConfig());
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}

async function main(config) {
  const { images, smallImages, workers, memoryWorkers, repeats } = config;
  const root = await mkdtemp(join(config.baseDir, 'hx4-bench-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  log(`${images} images, -nw ${workers.join('/')}, ${repeats} repeats; work dir ${root}`);

  const simulator = await startSimulatorProcess(Math.max(256 * MiB, images * CACHE_BYTES_PER_IMAGE));
  cleanups.push(() => simulator.close());
  const jobs = Array.from({ length: images }, (_, index) => {
    const [width, height] = IMAGE_SIZES[index % IMAGE_SIZES.length];
    return { id: `photo-${index + 1}`, url: simulator.url + imagePath({ seed: index + 1, width, height }) };
  });
  const shared = { jobsFile: join(root, 'jobs.json'), sourceDir: join(root, 'sources'), settings: SETTINGS };
  await writeFile(shared.jobsFile, JSON.stringify(jobs));
  const started = performance.now();
  const sourceBytes = await downloadSources(jobs, shared.sourceDir);
  const averageKb = sourceBytes / images / 1024;
  log(`simulator rendered ${images} images (${averageKb.toFixed(0)} KB on average) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const runs = [];
  let runNumber = 0;
  const measure = async (kind, count, nw) => {
    const workDir = join(root, 'runs', String(++runNumber));
    const run = await measureRun({ kind, count, workers: nw, workDir, shared, simulator });
    log(describeRun(run));
    runs.push(run);
  };
  // Interleaved, so a busy patch of the machine slows every contender alike.
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const nw of workers) {
      for (const kind of ['hx4', 'plain', 'matched']) await measure(kind, images, nw);
    }
  }
  for (const count of [smallImages, images]) {
    for (const nw of memoryWorkers) {
      if (!runs.some((run) => run.kind === 'hx4' && run.count === count && run.workers === nw)) await measure('hx4', count, nw);
    }
  }
  printReport({ config, runs, settings: SETTINGS, sourceBytes, environment: environment() });
  await benchMerge(root, { archives: 6, rows: config.mergeRows }, log);
}

/** Fetches every image once: the simulator renders and caches it, and the baselines get their local copy. */
async function downloadSources(jobs, dir) {
  await mkdir(dir, { recursive: true });
  const http = createHttpClient({ userAgent: userAgent(hx4Version), defaultPolicy: { requestsPerSecond: 10_000, concurrency: 4 } });
  let sourceBytes = 0;
  try {
    await forEachConcurrently(jobs, 4, async (job) => {
      const { bytes } = await http.download(job.url, join(dir, `${job.id}.jpg`), { maxBytes: SETTINGS.maxBytes });
      sourceBytes += bytes;
    });
  } finally {
    await http.close();
  }
  return sourceBytes;
}

function readConfig() {
  const images = positiveInteger('HX4_BENCH_IMAGES', 300);
  return {
    images,
    smallImages: Math.max(1, Math.round(images / 3)),
    workers: positiveIntegers('HX4_BENCH_WORKERS', [2, 8]),
    memoryWorkers: positiveIntegers('HX4_BENCH_MEMORY_WORKERS', [2, 8, 16]),
    repeats: positiveInteger('HX4_BENCH_REPEATS', 3),
    mergeRows: positiveInteger('HX4_BENCH_MERGE_ROWS', 300_000),
    baseDir: process.env.HX4_BENCH_DIR || tmpdir(),
  };
}

function environment() {
  return {
    date: new Date().toISOString().slice(0, 10),
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
