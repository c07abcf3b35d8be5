import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ExportFormat } from '../../src/index.js';

const READER = fileURLToPath(new URL('./read_export.py', import.meta.url));
const MODULES = ['PIL', 'pandas'];
/** Debian's interpreter first: a pyenv `python3` earlier on PATH may lack Debian's python3-pil and python3-pandas. */
const CANDIDATES = ['/usr/bin/python3', 'python3'];

let python: string | undefined;

/** A Python that has Pillow and pandas; throws (failing the test, never skipping it) when there is none. */
export function pythonWithReaders(): string {
  python ??= CANDIDATES.find((candidate) => spawnSync(candidate, ['-c', `import ${MODULES.join(', ')}`]).status === 0);
  if (!python)
    throw new Error(
      `no Python with ${MODULES.join(' and ')} among ${CANDIDATES.join(', ')}: apt-get install python3-pil python3-pandas (.ci/run does)`,
    );
  return python;
}

/** What `read_export.py` found reading the export in `dir`; throws with Python's error when a loader rule is broken. */
export function readExport(format: ExportFormat, dir: string): Record<string, unknown> {
  const run = spawnSync(pythonWithReaders(), [READER, format, dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`read_export.py ${format} ${dir} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}
