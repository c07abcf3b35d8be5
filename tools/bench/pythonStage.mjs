import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./python_image_stage.py', import.meta.url));
/** Debian's interpreter last: `python3` on PATH may be another one (pyenv…) without Debian's packages. */
const CANDIDATES = [process.env.HX4_BENCH_PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean);
export const PYTHON_MISSING =
  'the Python contender needs Python 3 with Pillow and requests; on Debian or Ubuntu: apt-get install -y python3-pil python3-requests ' +
  '(or point HX4_BENCH_PYTHON at an interpreter that has them)';

/** The first interpreter that imports Pillow and requests, or null. */
export function findPython() {
  return CANDIDATES.find((python) => spawnSync(python, ['-c', 'import PIL, requests'], { stdio: 'ignore' }).status === 0) ?? null;
}

/** One run of python_image_stage.py over the jobs' URLs; `seconds` is its stage, `wallSeconds` the whole process. */
export async function runPythonStage(python, { jobsFile, imagesDir, workers }) {
  const started = performance.now();
  const child = spawn(python, [SCRIPT, jobsFile, imagesDir, String(workers)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  const [code, signal] = await once(child, 'close');
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`python_image_stage.py exited with ${signal ?? `code ${code}`}`);
  const result = JSON.parse(stdout.trim().split('\n').at(-1));
  if (result.failed > 0) throw new Error(`the Python stage failed ${result.failed} of ${result.images + result.failed} images`);
  // Its CPU is the whole process's: the interpreter's start-up is a small part of it.
  return {
    count: result.images,
    seconds: result.seconds,
    wallSeconds,
    peakRss: result.peakRss,
    processCpuMs: result.cpuMs,
    stageCpuMs: result.cpuMs,
  };
}
