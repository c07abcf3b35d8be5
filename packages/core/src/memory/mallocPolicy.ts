import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';

/** mallopt's parameter for the most arenas glibc's malloc may make (malloc.h). */
const M_ARENA_MAX = -8;

interface GlibcMalloc {
  mallopt(parameter: number, value: number): number;
  mallocTrim(pad: number): number;
}

/** glibc's malloc controls, once looked up; null where there are none to call. */
let glibc: GlibcMalloc | null | undefined;

/** What `limitMallocArenas` did: limited the arenas, or why it left them alone. */
export type MallocArenaLimit = 'limited' | 'chosen-by-user' | 'unavailable';

/**
 * Limits glibc's malloc to `arenas` arenas for the rest of the process (one per CPU, at least 2, by default),
 * unless the user chose a limit (`MALLOC_ARENA_MAX`, or `glibc.malloc.arena_max` in `GLIBC_TUNABLES`).
 *
 * glibc lets threads make up to 8 arenas per CPU: the image work's ~25 threads (libuv's pool and libvips') make
 * 15 on 2 CPUs, and each fragments the longer the work runs, so a collection of 6,000 images peaked ~25 MB above
 * one of 600 (docs/benchmarks.md, memory). glibc reads `MALLOC_ARENA_MAX` only as a process starts, and Node 20
 * cannot re-execute itself; but mallopt takes the limit at any time before glibc has made more than 8 arenas
 * (it fixes the limit then). Threads keep the arena they have, and loading modules already starts threads, so
 * an entry point calls this first of all (bin/hx4.js does). Needs the optional package koffi to call glibc;
 * without it, or off glibc (macOS, Windows, musl), it changes nothing.
 */
export function limitMallocArenas(arenas = Math.max(2, availableParallelism())): MallocArenaLimit {
  if (process.env['MALLOC_ARENA_MAX'] !== undefined || process.env['GLIBC_TUNABLES']?.includes('glibc.malloc.arena_max')) {
    return 'chosen-by-user';
  }
  return glibcMalloc()?.mallopt(M_ARENA_MAX, arenas) === 1 ? 'limited' : 'unavailable';
}

/**
 * Gives the memory glibc's malloc holds free back to the system (malloc_trim), in every arena. glibc returns an
 * arena's memory only from its top, so what the image threads freed in the middle stays resident: between
 * stages that is tens of MB, which the next stage (the CSVs, the dataset card's charts) would add its own to.
 * Takes a few milliseconds. Returns whether there was a glibc to ask.
 */
export function releaseFreeMallocMemory(): boolean {
  const malloc = glibcMalloc();
  malloc?.mallocTrim(0);
  return malloc !== null;
}

function glibcMalloc(): GlibcMalloc | null {
  if (glibc !== undefined) return glibc;
  glibc = null;
  if (process.platform !== 'linux') return glibc;
  try {
    // Required when first needed, and only then: it is an optional dependency, and these functions are sync.
    const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
    const libc = koffi.load('libc.so.6');
    glibc = {
      mallopt: libc.func('int mallopt(int, int)') as GlibcMalloc['mallopt'],
      mallocTrim: libc.func('int malloc_trim(size_t)') as GlibcMalloc['mallocTrim'],
    };
  } catch {
    // No koffi for this platform, or no glibc to load (musl): the allocator is left as it is.
  }
  return glibc;
}
