import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { runHx4 } from './support/hx4Process.js';
import { useSimulator } from './support/useSimulator.js';

const simulator = useSimulator({ archives: [europeanaSimulator({ totals: { tank: 60 }, imageSize: [480, 360] })] });
const countArenasAtExit = fileURLToPath(new URL('support/arenasAtExit.mjs', import.meta.url));

/** A whole `hx4 collect` with libuv's pool at 8 threads; how many malloc arenas its process ended with. */
async function arenasOfACollection(env: Record<string, string>): Promise<number> {
  const dir = await simulator.newDir();
  const arenasFile = join(dir, 'arenas');
  const { code, stderr } = await runHx4(simulator.collectArgs('europeana', dir, ['tank'], ['--thumbnail-size', '256,256']), {
    ...env,
    UV_THREADPOOL_SIZE: '8',
    NODE_OPTIONS: `--import ${countArenasAtExit}`,
    HX4_TEST_ARENAS_FILE: arenasFile,
  });
  expect(stderr).toMatch(/images: \d+ stored/u);
  expect(code, stderr).toBe(0);
  return Number(await readFile(arenasFile, 'utf8'));
}

describe.runIf(process.platform === 'linux')("hx4's malloc arenas", () => {
  it('are one per CPU (at least 2), where glibc would give each image thread its own, unless the user sets MALLOC_ARENA_MAX', async () => {
    const limited = await arenasOfACollection({});
    const chosen = await arenasOfACollection({ MALLOC_ARENA_MAX: '64' });
    // Node's start and the FFI call that sets the limit make two or three before it applies.
    expect(limited).toBeLessThanOrEqual(Math.max(2, availableParallelism()) + 3);
    expect(chosen).toBeGreaterThan(limited + 4);
  }, 120_000);
});
