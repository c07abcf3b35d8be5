import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasurement } from './childProcess.mjs';
import { runCli } from './cliRun.mjs';
import { QUERIES, corpusTotals } from './europeanaCorpus.mjs';
import { downloadSources, storedJobs } from './imageSources.mjs';
import { describeRun, measureRun } from './measureRun.mjs';
import { PYTHON_MISSING, findPython, runPythonStage } from './pythonStage.mjs';
import { startSimulatorProcess } from './simulatorClient.mjs';

const MiB = 1024 * 1024;
/** A camera's photograph; the simulator makes a quarter of them portrait. */
const PHOTO_SIZE = [2000, 1500];
/** Rendered photos are about 0.5 MB (PNGs with alpha more); the cache must hold them all so none is rendered twice. */
const CACHE_BYTES_PER_IMAGE = 4 * MiB;
/** `hx4 collect`'s default `-nw`, given to every contender. */
export const WORKERS = 8;
/** What `hx4 collect --thumbnail-size 512,512` stores with, for the library and sharp contenders. */
export const SETTINGS = {
  thumbnailSize: [512, 512],
  largeImageThresholdBytes: null,
  maxBytes: 50 * MiB,
  maxPixels: 100_000_000,
  jpegQuality: 95,
};
const SCRIPTS = {
  library: fileURLToPath(new URL('./hx4Run.mjs', import.meta.url)),
  sharp: fileURLToPath(new URL('./sharpRun.mjs', import.meta.url)),
};

/**
 * The headline: `hx4 collect europeana` as users run it against the simulator, then on the very images it
 * stored, the library call with politeness off, sharp alone on local copies, and the Python reference
 * stage; `repeats` rounds, interleaved so that a busy patch of the machine slows every contender alike.
 * Resolves with every run and what the images were.
 */
export async function benchImages(root, { images, repeats }, log) {
  const simulator = await startSimulatorProcess({
    imageCacheBytes: Math.max(256 * MiB, images * CACHE_BYTES_PER_IMAGE),
    totals: corpusTotals(images),
    imageSize: PHOTO_SIZE,
  });
  try {
    let runNumber = 0;
    const workDir = async () => {
      const dir = join(root, 'runs', String(++runNumber));
      await mkdir(dir, { recursive: true });
      return dir;
    };
    const inFreshDir = async (work) => {
      const dir = await workDir();
      try {
        return await work(dir);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    };
    const cli = (baseDir, extraArgs) =>
      runCli({ endpoint: simulator.endpoint, queries: QUERIES, baseDir, logFile: `${baseDir}.log`, extraArgs });

    // The URLs the CLI will fetch, fetched once first: the simulator renders each before any timing starts.
    const started = performance.now();
    const listing = await cli(await workDir(), ['--metadata-only']);
    const sources = await downloadSources(listing.datasetDir, join(root, 'sources'));
    const sourceBytes = [...sources.values()].reduce((sum, source) => sum + source.bytes, 0);
    log(
      `simulator rendered ${sources.size} images (${(sourceBytes / sources.size / 1024).toFixed(0)} KB on average) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const python = findPython();
    if (!python) log(`skipping the Python stage: ${PYTHON_MISSING}`);

    const jobsFile = join(root, 'jobs.json');
    let jobs = null;
    const script = (kind) => () =>
      inFreshDir(async (dir) => {
        const result = await runMeasurement(SCRIPTS[kind], { jobsFile, workers: WORKERS, workDir: dir, settings: SETTINGS });
        return { ...result, count: result.images, stageCpuMs: result.cpuMs };
      });
    const contenders = {
      cli: () =>
        inFreshDir(async (baseDir) => {
          const run = await cli(baseDir, []);
          if (jobs === null) {
            jobs = await storedJobs(run.datasetDir, sources);
            await writeFile(jobsFile, JSON.stringify(jobs));
          }
          const { images: stored, timingsMs, politeness } = run.summary;
          if (stored.ok !== jobs.length) throw new Error(`hx4 collect stored ${stored.ok} images, an earlier run ${jobs.length}`);
          const { images: atStart, final: atEnd } = run.stages;
          const stageCpuMs = atStart && atEnd ? atEnd.cpuMs - atStart.cpuMs : NaN;
          return {
            count: stored.ok,
            seconds: timingsMs.images / 1000,
            wallSeconds: run.wallSeconds,
            peakRss: run.peakRss,
            processCpuMs: run.cpuMs,
            // From the process's figures as the images stage started and as the next one did.
            stageCpuMs,
            stageBusy:
              atStart && atEnd
                ? { cpuMs: stageCpuMs, wallMs: atEnd.at - atStart.at, machineBusyMs: atEnd.machineBusyMs - atStart.machineBusyMs }
                : null,
            peakRssBeforeImages: atStart?.peakRss ?? NaN,
            peakRssAfterImages: atEnd?.peakRss ?? NaN,
            summary: { failed: stored.failed, timingsMs, politeness },
          };
        }),
      library: script('library'),
      sharp: script('sharp'),
      python: () => inFreshDir((dir) => runPythonStage(python, { jobsFile, imagesDir: join(dir, 'images'), workers: WORKERS })),
    };
    const runs = [];
    for (let repeat = 0; repeat < repeats; repeat++) {
      for (const [kind, run] of Object.entries(contenders)) {
        if (kind === 'python' && !python) continue;
        const measured = await measureRun({ kind, workers: WORKERS, simulator, run });
        if (measured.stageBusy) measured.stageForeignLoad = stageForeignLoad(measured);
        log(describeRun(measured));
        runs.push(measured);
      }
    }
    const storedBytes = jobs.reduce((sum, job) => sum + sources.get(job.url).bytes, 0);
    return { runs, urls: listing.summary.rows.images, stored: jobs.length, averageBytes: storedBytes / jobs.length, python };
  } finally {
    simulator.close();
  }
}

/**
 * Other processes' share of the CPUs during the CLI's images stage alone: they fill the CPUs the harvest
 * leaves idle while it waits on the API's rate, which says nothing of the images. All the simulator's CPU
 * of the run is counted as the stage's (serving images is nearly all of it), so this errs low.
 */
function stageForeignLoad({ stageBusy, simulatorMs }) {
  const foreignMs = stageBusy.machineBusyMs - stageBusy.cpuMs - simulatorMs;
  return Math.max(0, foreignMs) / (stageBusy.wallMs * availableParallelism());
}
