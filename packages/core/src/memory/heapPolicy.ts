import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { collectGarbage } from './collectGarbage.js';
import { startupHeapFlags } from './startupHeapFlags.js';

/**
 * The young generation a steady heap lets V8 grow to, per half. V8's own ceiling is 16 MB a half, which it
 * reaches in any long loop and never gives back. At 4 MB a half the image work spends no more CPU per image
 * than at 16 (at 1–2 MB, a small heap's, it spends ~25% more).
 */
export const YOUNG_GENERATION_CAP_BYTES = 4 * 2 ** 20;
/**
 * Garbage a steady or small heap lets pile up in the JavaScript heap, above the least in use seen since the last
 * collection. V8 collects by its own limits, which grow with what is live and with how long a loop has run:
 * left to them, a collection of 6,000 images ended ~45 MB above one of 600. (Dead Buffers, external memory,
 * are left to V8: most die young and go at the next scavenge, and counting them here made the image work, which
 * goes through ~60 MB of bodies a second, collect every second and spend ~10% more CPU.)
 */
export const GARBAGE_BOUND_BYTES = 8 * 2 ** 20;
/** A full collection takes 10–30 ms; at most one a second keeps the bound under ~3% of a CPU, whatever comes. */
const MIN_MS_BETWEEN_COLLECTIONS = 1000;
/**
 * How often the heap is looked at: for garbage past the bound, and for a young generation V8 shrank (as it
 * does when the process seems idle), which is grown to the cap again.
 */
const CHECK_MS = 50;

let smallForGood = false;
let steadyForGood = false;
/** Stages and runs going on now under each policy (`hx4 collect all` runs several archives side by side). */
const running = { small: 0, steady: 0 };
let check: NodeJS.Timeout | undefined;
/** What V8 is returned to when no policy applies: a library's host may have started it with its own flags. */
const startup = startupHeapFlags();
/** The flags set last (none yet: the process's own, which are set once anyway, to be sure of them). */
let appliedOptimizeForSize: boolean | undefined;
let appliedGrowthFactor: number | undefined;
/** Set when V8 would not grow the young generation (a process started with a smaller --max-semi-space-size). */
let cannotGrow = false;
let leastInUse = Infinity;
let lastCollected = 0;

/**
 * Tells V8 to favour a small heap over speed for the rest of the process (`--optimize-for-size`, and a young
 * generation that does not grow), the image work included: `hx4 collect --low-memory`. It takes a collection
 * of 6,000 images ~10 MB lower than a steady heap, and the image work spends ~25% more CPU per image on
 * collecting a smaller heap more often (docs/benchmarks.md, memory). Process-wide; call it before the work.
 */
export function favourSmallHeap(): void {
  smallForGood = true;
  watchHeap();
}

/**
 * Runs a stage that streams records (rows, final CSVs, the report's profile of the CSVs) with V8 favouring a
 * small heap and garbage bounded, then returns to what applied before. Parsing and re-serialising records makes
 * garbage faster than V8 collects it unasked, and V8 grows the heap the longer that goes on: at 6,000 images the
 * final CSVs' passes alone added ~55 MB at the end of a run. The image work, where a small heap costs CPU, runs
 * without it.
 */
export function withSmallHeap<T>(stage: () => Promise<T>): Promise<T> {
  return whileRunning('small', stage);
}

/**
 * Keeps the heap steady for the rest of the process: V8's young generation grows (from 1 MB a half) up to
 * `YOUNG_GENERATION_CAP_BYTES` a half and no further, and garbage is collected once it passes
 * `GARBAGE_BOUND_BYTES`, so memory does not grow with how long the work runs. The `hx4` command calls it before
 * it loads its modules, which alone would take the young generation to 16 MB a half: V8 shrinks it again only
 * when the process seems idle, never while work goes on.
 */
export function steadyHeap(): void {
  steadyForGood = true;
  watchHeap();
}

/**
 * Runs a whole collection with a steady heap (see `steadyHeap`), then returns V8 to the heap flags the process
 * started with (V8's defaults where it gave none: `startupHeapFlags`). V8 takes the young generation's ceiling
 * only as a process starts, and a library cannot choose how its host process starts; how the young generation
 * grows it takes at any time.
 */
export function withSteadyHeap<T>(run: () => Promise<T>): Promise<T> {
  return whileRunning('steady', run);
}

async function whileRunning<T>(policy: keyof typeof running, work: () => Promise<T>): Promise<T> {
  running[policy]++;
  watchHeap();
  try {
    return await work();
  } finally {
    running[policy]--;
    watchHeap();
  }
}

/** Looks at the heap every `CHECK_MS` while any policy applies; the timer keeps no process alive. */
function watchHeap(): void {
  const watching = smallForGood || running.small > 0 || steadyForGood || running.steady > 0;
  if (watching && !check) {
    leastInUse = Infinity;
    check = setInterval(checkHeap, CHECK_MS);
    check.unref();
  } else if (!watching && check) {
    clearInterval(check);
    check = undefined;
  }
  applyHeapFlags();
}

function checkHeap(): void {
  applyHeapFlags();
  const inUse = heapInUse();
  leastInUse = Math.min(leastInUse, inUse);
  if (inUse - leastInUse < GARBAGE_BOUND_BYTES || Date.now() - lastCollected < MIN_MS_BETWEEN_COLLECTIONS) return;
  collectGarbage();
  lastCollected = Date.now();
  leastInUse = heapInUse();
}

/** Sets the V8 flags that what runs now asks for; each only when it changes. */
function applyHeapFlags(): void {
  const small = smallForGood || running.small > 0;
  const steady = steadyForGood || running.steady > 0;
  const optimizeForSize = small || startup.optimizeForSize;
  if (appliedOptimizeForSize !== optimizeForSize) setFlagsFromString(optimizeForSize ? '--optimize-for-size' : '--no-optimize-for-size');
  appliedOptimizeForSize = optimizeForSize;
  if (!small && steady) growYoungGenerationToCap();
  // 1: the young generation stays the size it is; V8's default is 2, doubling it at a time.
  setGrowthFactor(small || steady ? 1 : startup.semiSpaceGrowthFactor);
}

function setGrowthFactor(factor: number): void {
  if (appliedGrowthFactor === factor) return;
  setFlagsFromString(`--semi-space-growth-factor=${String(factor)}`);
  appliedGrowthFactor = factor;
}

/**
 * Grows the young generation to the cap now, in one go. Left to grow it as work goes on and stopped by a later
 * look, V8 could grow it past the cap in between (a big JSON page parsed in one call is enough). V8 grows it
 * after a scavenge in which more survived than it holds, by the growth factor: so the factor is set to what
 * reaches the cap and young objects are kept alive until it has grown, a few MB and a few ms.
 */
function growYoungGenerationToCap(): void {
  let half = youngGenerationHalfBytes();
  // Within half the cap is close enough: a doubling would pass it.
  while (!cannotGrow && half * 2 <= YOUNG_GENERATION_CAP_BYTES) {
    setGrowthFactor(Math.floor(YOUNG_GENERATION_CAP_BYTES / half));
    cannotGrow = !keepYoungObjectsUntilGrown(half);
    half = youngGenerationHalfBytes();
  }
}

/** Allocates and keeps young objects until the young generation has grown from `half` a half (false: it did not). */
function keepYoungObjectsUntilGrown(half: number): boolean {
  const kept: number[][] = [];
  for (let allocated = 0; allocated < 2 * YOUNG_GENERATION_CAP_BYTES; allocated += KEPT_ARRAY_BYTES) {
    kept.push(new Array<number>(KEPT_ARRAY_LENGTH).fill(allocated));
    if (kept.length % 16 === 0 && youngGenerationHalfBytes() > 1.5 * half) return true;
  }
  return false;
}

const KEPT_ARRAY_LENGTH = 1024;
/** A small integer takes 8 bytes in an array. */
const KEPT_ARRAY_BYTES = 8 * KEPT_ARRAY_LENGTH;

/** The JavaScript heap in use, garbage not yet collected included. */
function heapInUse(): number {
  return getHeapStatistics().used_heap_size;
}

/**
 * What one half of the young generation holds (its pages less their headers). Not its committed size: V8 counts
 * both halves in that, except at first and after it shrinks, when the half not in use is not committed.
 */
function youngGenerationHalfBytes(): number {
  const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  return newSpace ? newSpace.space_used_size + newSpace.space_available_size : 0;
}
