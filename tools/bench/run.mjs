// `npm run bench`: what users get from `hx4 collect` — its image throughput against bare sharp, the
// library call and the Python reference stage; its politeness towards a strict image host; its peak
// memory for a small and a large dataset — then the merge of 300,000 generated rows.
// See docs/benchmarks.md. It reports, it does not assert: exit code 0 whatever the figures, 1 on an error.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { benchImages } from './imagesBench.mjs';
import { printImagesReport } from './imagesReport.mjs';
import { benchMemory } from './memoryBench.mjs';
import { benchMerge } from './mergeBench.mjs';
import { benchStrictHost } from './strictHostBench.mjs';

const SECTIONS = ['images', 'strict', 'memory', 'merge'];

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
  const root = await mkdtemp(join(config.baseDir, 'hx4-bench-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  log(`sections ${config.sections.join(', ')}; ${config.images} images, ${config.repeats} repeats; work dir ${root}`);
  const started = performance.now();
  let stored = null;
  if (config.sections.includes('images')) {
    const images = await benchImages(root, config, log);
    printImagesReport({ ...images, environment: environment(images.python) });
    stored = images.stored;
  }
  if (config.sections.includes('strict')) await benchStrictHost(root, config, stored, log);
  if (config.sections.includes('memory')) await benchMemory(root, config, log);
  if (config.sections.includes('merge')) await benchMerge(root, { archives: 6, rows: config.mergeRows }, log);
  log(`done in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
}

function readConfig() {
  const images = positiveInteger('HX4_BENCH_IMAGES', 600);
  const sections = list('HX4_BENCH_SECTIONS', SECTIONS, (name) => SECTIONS.includes(name), `some of ${SECTIONS.join(', ')}`);
  return {
    sections,
    images,
    repeats: positiveInteger('HX4_BENCH_REPEATS', 2),
    strictRate: positiveInteger('HX4_BENCH_STRICT_RPS', 40),
    memoryImages: list('HX4_BENCH_MEMORY_IMAGES', [600, 6000], (text) => /^[1-9]\d*$/.test(text), 'positive whole numbers').map(Number),
    mergeRows: positiveInteger('HX4_BENCH_MERGE_ROWS', 300_000),
    baseDir: process.env.HX4_BENCH_DIR || tmpdir(),
  };
}

function environment(python) {
  const versions =
    python &&
    spawnSync(python, ['-c', 'import sys, PIL, requests; print(sys.version.split()[0], PIL.__version__, requests.__version__)'], {
      encoding: 'utf8',
    })
      .stdout.trim()
      .split(' ');
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    sharp: sharp.versions.sharp,
    vips: sharp.versions.vips,
    python: versions ? `Python ${versions[0]} / Pillow ${versions[1]} / requests ${versions[2]}` : 'no Python stage',
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
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

function list(name, fallback, valid, what) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const items = text.split(',').map((item) => item.trim());
  if (!items.every(valid)) throw new Error(`${name} must be a comma-separated list of ${what}, got "${text}"`);
  return items;
}
