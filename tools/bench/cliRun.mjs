import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { machineBusyMs, sampleProcess } from './cpuAccounting.mjs';

const CLI = fileURLToPath(new URL('../../packages/cli/bin/hx4.js', import.meta.url));
const AT_EXIT = fileURLToPath(new URL('./peakRssAtExit.mjs', import.meta.url));
/** The line the CLI logs as a stage starts (`images…`). */
const STAGE_LINE = /^(\w+)…$/;

/**
 * One `hx4 collect europeana` as a user types it: the CLI's defaults, only the dataset folder, the
 * endpoint, the thumbnail box and the queries given (plus `extraArgs`), in a fresh process. Its console
 * output goes to `logFile`. Resolves with the run's wall time (spawn to exit), the process's peak RSS and
 * CPU time, both also as they were when each stage started (`stages`, from its log lines, with the time
 * and the whole machine's busy CPU time then), and its run-summary.json; rejects when it exits with an error.
 */
export async function runCli({ endpoint, queries, baseDir, logFile, extraArgs = [] }) {
  const exitFile = join(baseDir, 'exit.json');
  const args = ['collect', 'europeana', '-d', baseDir, '--endpoint', endpoint, '--thumbnail-size', '512,512'];
  for (const query of queries) args.push('--query', query);
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', AT_EXIT, CLI, ...args, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HX4_BENCH_EXIT_FILE: exitFile },
  });
  const stages = {};
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(log, { end: false });
    createInterface({ input: stream }).on('line', (line) => {
      const stage = STAGE_LINE.exec(line)?.[1];
      if (stage) stages[stage] = { ...sampleProcess(child.pid), at: performance.now(), machineBusyMs: machineBusyMs() };
    });
  }
  const [code, signal] = await once(child, 'close');
  const wallSeconds = (performance.now() - started) / 1000;
  log.end();
  if (code !== 0) throw new Error(`hx4 collect exited with ${signal ?? `code ${code}`}; its output is in ${logFile}`);
  const datasetDir = await findDataset(baseDir);
  const summary = JSON.parse(await readFile(join(datasetDir, 'run-summary.json'), 'utf8'));
  const { peakRss, cpuMs } = JSON.parse(await readFile(exitFile, 'utf8'));
  return { wallSeconds, peakRss, cpuMs, stages, summary, datasetDir };
}

async function findDataset(baseDir) {
  for (const entry of await readdir(baseDir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name.startsWith('EUROPEANA_')) return join(baseDir, entry.name);
  }
  throw new Error(`hx4 collect wrote no dataset folder into ${baseDir}`);
}
