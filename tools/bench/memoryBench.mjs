import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from './cliRun.mjs';
import { QUERIES, corpusTotals } from './europeanaCorpus.mjs';
import { fixed, formatTable, megabytes, percent } from './formatTable.mjs';
import { startSimulatorProcess } from './simulatorClient.mjs';

const MiB = 1024 * 1024;
/**
 * Smaller photos than the headline's: the simulator draws every image it serves (about 110 ms of CPU for
 * 2000×1500, 14 ms for 640×480), and thousands at full size would take most of the bench's time. The
 * question here is whether memory grows with the number of images, not with their size.
 */
const IMAGE_SIZE = [640, 480];
const RSS_TARGET_MB = 300;
/** The peaks of a small and a large run may differ by this much: memory must not grow with the dataset. */
const FLAT_WITHIN = 0.1;

/** What the memory section runs: the defaults (the targets are theirs), and `--low-memory` beside them. */
const MODES = [
  { name: 'defaults', args: [] },
  { name: '--low-memory', args: ['--low-memory'] },
];

/** Peak RSS of the whole `hx4 collect` process for each dataset size in `counts` and mode, each against a fresh simulator. */
export async function benchMemory(root, { memoryImages: counts }, log) {
  const all = [];
  for (const mode of MODES) all.push(...(await benchMode(root, counts, mode, log)));
  const runs = all.filter((run) => run.mode === MODES[0].name);
  const peaks = runs.map((run) => run.peakRss / MiB);
  const highest = Math.max(...peaks);
  const spread = highest / Math.min(...peaks) - 1;
  console.log(
    [
      '',
      `Peak RSS of the whole hx4 collect process (VmHWM at exit; ${IMAGE_SIZE.join('×')} photos, defaults as above; target < ${RSS_TARGET_MB} MB, flat in N)`,
      ...formatTable(
        ['mode', 'images stored', 'records', 'peak RSS', 'before the images', 'after them', 'images stage', 'whole run'],
        all.map((run) => [
          run.mode,
          String(run.stored),
          String(run.records),
          megabytes(run.peakRss),
          megabytes(run.beforeImages),
          megabytes(run.afterImages),
          `${fixed(run.imagesSeconds)} s`,
          `${fixed(run.wallSeconds)} s`,
        ]),
      ),
      `defaults: highest ${highest.toFixed(0)} MB: ${highest < RSS_TARGET_MB ? 'PASS' : 'ABOVE the target'}` +
        (runs.length > 1
          ? `; highest over lowest +${fixed(spread * 100)}% (within ${percent(FLAT_WITHIN)}): ${spread <= FLAT_WITHIN ? 'PASS' : 'GROWS with N'}`
          : ''),
    ].join('\n'),
  );
  return runs;
}

async function benchMode(root, counts, mode, log) {
  const runs = [];
  for (const count of counts) {
    const simulator = await startSimulatorProcess({ imageCacheBytes: 64 * MiB, totals: corpusTotals(count), imageSize: IMAGE_SIZE });
    const baseDir = join(root, `memory-${count}${mode.args.join('')}`);
    try {
      await mkdir(baseDir, { recursive: true });
      const run = await runCli({
        endpoint: simulator.endpoint,
        queries: QUERIES,
        baseDir,
        logFile: `${baseDir}.log`,
        extraArgs: mode.args,
      });
      const { images, rows, timingsMs } = run.summary;
      runs.push({
        mode: mode.name,
        stored: images.ok,
        records: rows.accepted,
        peakRss: run.peakRss,
        // The peak so far as the images stage started and as the next stage did: which stage set it.
        beforeImages: run.stages.images?.peakRss,
        afterImages: run.stages.final?.peakRss,
        wallSeconds: run.wallSeconds,
        imagesSeconds: timingsMs.images / 1000,
      });
      log(`memory (${mode.name}): ${images.ok} images stored, peak RSS ${megabytes(run.peakRss)}, whole run ${fixed(run.wallSeconds)} s`);
    } finally {
      simulator.close();
      await rm(baseDir, { recursive: true, force: true });
    }
  }
  return runs;
}
