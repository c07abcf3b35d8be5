import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every test and every process it starts gets a temporary folder of its own for
 * this run (TMPDIR, which `os.tmpdir()` and the tools the tests start read), removed when the run ends.
 * A test that forgets to remove its folder, or a killed CLI run that cannot, then leaves nothing behind.
 */
export default async function useTemporaryFolderOfTheRun(): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'hx4-test-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  return async () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    await rm(folder, { recursive: true, force: true, maxRetries: 3 });
  };
}
