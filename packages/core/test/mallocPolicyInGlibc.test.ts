import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { limitMallocArenas } from '../src/memory/mallocPolicy.js';

// The built module, as the hx4 command imports it (tests run after the package's build).
const memory = JSON.stringify(fileURLToPath(new URL('../dist/memory/index.js', import.meta.url)));

/** glibc's own count of its arenas, from malloc_info's report (one `<heap nr=…>` per arena). */
const COUNT_ARENAS = `
  const { readFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const libc = (await import('koffi')).default.load('libc.so.6');
  const fopen = libc.func('void *fopen(const char *, const char *)');
  const fclose = libc.func('int fclose(void *)');
  const mallocInfo = libc.func('int malloc_info(int, void *)');
  const countArenas = () => {
    const path = tmpdir() + '/hx4-malloc-info-' + process.pid + '.xml';
    const file = fopen(path, 'w');
    mallocInfo(0, file);
    fclose(file);
    const count = readFileSync(path, 'utf8').match(/<heap nr=/g).length;
    rmSync(path);
    return count;
  };`;

/** Work on 8 of libuv's threads at once, each of which allocates (zlib's state) as the image work's threads do. */
const THREADED_WORK = `
  const { gzip } = await import('node:zlib');
  const { promisify } = await import('node:util');
  const body = Buffer.alloc(1 << 20, 7);
  for (let round = 0; round < 4; round++) await Promise.all(Array.from({ length: 16 }, () => promisify(gzip)(body)));`;

/** Runs `script` in a fresh Node with libuv's pool at 8 threads; returns what it printed as JSON. */
function inChild(script: string, env: Record<string, string> = {}): Record<string, number | string> {
  const { MALLOC_ARENA_MAX: _arenaMax, GLIBC_TUNABLES: _tunables, ...inherited } = process.env;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', `${COUNT_ARENAS}\n${script}`], {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...inherited, NODE_OPTIONS: '', UV_THREADPOOL_SIZE: '8', ...env },
  });
  return JSON.parse(output) as Record<string, number | string>;
}

describe.runIf(process.platform === 'linux')('the malloc policy, in glibc', () => {
  it('limitMallocArenas keeps threads that start afterwards to the arenas there are, where glibc would give each its own', () => {
    const left = inChild(`
      const before = countArenas();
      ${THREADED_WORK}
      process.stdout.write(JSON.stringify({ before, after: countArenas() }));`);
    expect(left['after']).toBeGreaterThanOrEqual(Number(left['before']) + 6);

    const limited = inChild(`
      const { limitMallocArenas } = await import(${memory});
      const outcome = limitMallocArenas(2);
      const before = countArenas();
      ${THREADED_WORK}
      process.stdout.write(JSON.stringify({ outcome, before, after: countArenas() }));`);
    expect(limited['outcome']).toBe('limited');
    expect(limited['after']).toBeLessThanOrEqual(Math.max(2, Number(limited['before'])));
  });

  it('leaves the arenas to a limit the user chose, as glibc read it when the process started', () => {
    const chosen = inChild(
      `
      const { limitMallocArenas } = await import(${memory});
      const outcome = limitMallocArenas(2);
      const before = countArenas();
      ${THREADED_WORK}
      process.stdout.write(JSON.stringify({ outcome, before, after: countArenas() }));`,
      { MALLOC_ARENA_MAX: '64' },
    );
    expect(chosen['outcome']).toBe('chosen-by-user');
    expect(chosen['after']).toBeGreaterThanOrEqual(Number(chosen['before']) + 6);
  });

  it('releaseFreeMallocMemory gives back what was freed below memory still in use', () => {
    // 96 MB in 64 KB blocks (below glibc's mmap threshold, so from the heap), written to, then all freed but the
    // last: glibc cannot shrink the heap past it, so the freed 96 MB stays resident until it is trimmed.
    const rss = inChild(`
      const malloc = libc.func('void *malloc(size_t)');
      const free = libc.func('void free(void *)');
      const memset = libc.func('void *memset(void *, int, size_t)');
      const blocks = Array.from({ length: 1536 }, () => malloc(65536));
      for (const block of blocks) memset(block, 1, 65536);
      for (const block of blocks.slice(0, -1)) free(block);
      const { releaseFreeMallocMemory } = await import(${memory});
      const held = process.memoryUsage.rss();
      const released = releaseFreeMallocMemory();
      process.stdout.write(JSON.stringify({ released: String(released), held, after: process.memoryUsage.rss() }));`);
    expect(rss['released']).toBe('true');
    expect(Number(rss['held']) - Number(rss['after'])).toBeGreaterThan(64 * 2 ** 20);
  });
});

describe('limitMallocArenas', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['MALLOC_ARENA_MAX', '4'],
    ['GLIBC_TUNABLES', 'glibc.malloc.trim_threshold=0:glibc.malloc.arena_max=4'],
  ])('does not override a limit the user set in %s', (name, value) => {
    vi.stubEnv(name, value);
    expect(limitMallocArenas()).toBe('chosen-by-user');
  });
});
