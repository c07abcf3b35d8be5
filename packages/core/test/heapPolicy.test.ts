import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const MB = 2 ** 20;
/** What one half of V8's young generation holds at first (1 MB of pages, less their headers). */
const FIRST_HALF_BYTES = 0.98 * MB;

/**
 * What V8 is made to report, and what the policy does to it. V8 grows the young generation by the growth factor,
 * up to its ceiling, at a scavenge in which much survived; here once for each factor above 1 set, as soon as it
 * is looked at again (the policy keeps young objects alive until it has grown).
 */
const v8 = vi.hoisted(() => ({
  flagsSet: [] as string[],
  growthFactor: 2,
  growthDue: false,
  youngHalfBytes: 0,
  youngCeilingBytes: 0,
  heapInUseBytes: 0,
  externalBytes: 0,
  collections: 0,
}));
vi.mock('node:v8', () => ({
  setFlagsFromString: (flags: string) => {
    v8.flagsSet.push(flags);
    const factor = /--semi-space-growth-factor=(\d+)/u.exec(flags)?.[1];
    if (factor === undefined) return;
    v8.growthFactor = Number(factor);
    v8.growthDue = v8.growthFactor > 1;
  },
  getHeapSpaceStatistics: () => {
    if (v8.growthDue) v8.youngHalfBytes = Math.min(v8.youngCeilingBytes, v8.youngHalfBytes * v8.growthFactor);
    v8.growthDue = false;
    return [{ space_name: 'new_space', space_used_size: v8.youngHalfBytes / 4, space_available_size: (3 * v8.youngHalfBytes) / 4 }];
  },
  getHeapStatistics: () => ({ used_heap_size: v8.heapInUseBytes, external_memory: v8.externalBytes }),
}));
vi.mock('../src/memory/collectGarbage.js', () => ({
  collectGarbage: () => {
    v8.collections++;
    v8.heapInUseBytes = 40 * 2 ** 20;
    v8.externalBytes = 5 * 2 ** 20;
  },
}));

const SMALL = ['--optimize-for-size', '--semi-space-growth-factor=1'];
const DEFAULTS = ['--no-optimize-for-size', '--semi-space-growth-factor=2'];
/** The policy's state is the process's: each test starts from a fresh module, as a fresh process would. */
async function freshHeapPolicy() {
  vi.resetModules();
  return import('../src/memory/heapPolicy.js');
}

/** A stage that runs until the test lets it finish. */
function heldStage() {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { run: () => done, finish };
}

beforeEach(() => {
  vi.useFakeTimers();
  Object.assign(v8, {
    flagsSet: [],
    growthFactor: 2,
    growthDue: false,
    youngHalfBytes: FIRST_HALF_BYTES,
    youngCeilingBytes: 16 * FIRST_HALF_BYTES,
    heapInUseBytes: 40 * MB,
    externalBytes: 5 * MB,
    collections: 0,
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('withSmallHeap', () => {
  it('runs record stages side by side with V8 favouring a small heap, and V8 defaults again after the last', async () => {
    const { withSmallHeap } = await freshHeapPolicy();
    const first = heldStage();
    const running = withSmallHeap(first.run);
    expect(v8.flagsSet.splice(0)).toEqual(SMALL);
    const second = await withSmallHeap(async () => {
      first.finish();
      await running;
      // The first stage has finished, this one has not.
      expect(v8.flagsSet).toEqual([]);
      return 'rows';
    });
    expect(second).toBe('rows');
    expect(v8.flagsSet.splice(0)).toEqual(DEFAULTS);
    await expect(withSmallHeap(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(v8.flagsSet.splice(0)).toEqual([...SMALL, ...DEFAULTS]);
  });

  it('keeps the small heap after a stage when the process favours it for good (--low-memory)', async () => {
    const { favourSmallHeap, withSmallHeap } = await freshHeapPolicy();
    favourSmallHeap();
    expect(v8.flagsSet.splice(0)).toEqual(SMALL);
    await withSmallHeap(() => Promise.resolve());
    vi.advanceTimersByTime(1000);
    expect(v8.flagsSet).toEqual([]);
  });

  it('collects the garbage a stage piles up once it passes the bound, at most once a second', async () => {
    const { GARBAGE_BOUND_BYTES, withSmallHeap } = await freshHeapPolicy();
    const stage = heldStage();
    const running = withSmallHeap(stage.run);
    vi.advanceTimersByTime(100);
    // Garbage below the bound, and dead Buffers however many: V8 is left to them.
    v8.heapInUseBytes += GARBAGE_BOUND_BYTES / 2;
    v8.externalBytes += 10 * GARBAGE_BOUND_BYTES;
    vi.advanceTimersByTime(100);
    expect(v8.collections).toBe(0);
    // Past it: collected, and the bound counts again from what is left.
    v8.heapInUseBytes += GARBAGE_BOUND_BYTES / 2;
    vi.advanceTimersByTime(100);
    expect(v8.collections).toBe(1);
    // A stage that keeps piling garbage up faster gets one collection a second, no more.
    for (let tenth = 0; tenth < 30; tenth++) {
      v8.heapInUseBytes += 2 * GARBAGE_BOUND_BYTES;
      vi.advanceTimersByTime(100);
    }
    expect(v8.collections).toBeGreaterThanOrEqual(3);
    expect(v8.collections).toBeLessThanOrEqual(4);
    stage.finish();
    await running;
    // Nothing watches the heap once no policy applies.
    const collections = v8.collections;
    v8.heapInUseBytes += 10 * GARBAGE_BOUND_BYTES;
    vi.advanceTimersByTime(5000);
    expect(v8.collections).toBe(collections);
  });
});

describe('withSteadyHeap', () => {
  it('grows the young generation to the cap in one go, holds it there, then leaves V8 to its defaults', async () => {
    const { YOUNG_GENERATION_CAP_BYTES, withSteadyHeap } = await freshHeapPolicy();
    const run = heldStage();
    const running = withSteadyHeap(run.run);
    // From 1 MB a half: a factor of 4 for the next growth, kept young objects until it came, then no growth.
    expect(v8.flagsSet.splice(0)).toEqual(['--no-optimize-for-size', '--semi-space-growth-factor=4', '--semi-space-growth-factor=1']);
    expect(v8.youngHalfBytes).toBeLessThanOrEqual(YOUNG_GENERATION_CAP_BYTES);
    expect(v8.youngHalfBytes).toBeGreaterThan(YOUNG_GENERATION_CAP_BYTES / 2);
    vi.advanceTimersByTime(500);
    expect(v8.flagsSet).toEqual([]);
    // V8 shrank it (the process seemed idle): grown back at the next look.
    v8.youngHalfBytes = FIRST_HALF_BYTES * 2;
    vi.advanceTimersByTime(50);
    expect(v8.flagsSet.splice(0)).toEqual(['--semi-space-growth-factor=2', '--semi-space-growth-factor=1']);
    expect(v8.youngHalfBytes).toBeLessThanOrEqual(YOUNG_GENERATION_CAP_BYTES);
    run.finish();
    await running;
    expect(v8.flagsSet.splice(0)).toEqual(['--semi-space-growth-factor=2']);
  });

  it('tries once where V8 will not grow it (a process started with a smaller ceiling)', async () => {
    const { withSteadyHeap } = await freshHeapPolicy();
    v8.youngCeilingBytes = FIRST_HALF_BYTES;
    await withSteadyHeap(() => {
      vi.advanceTimersByTime(500);
      return Promise.resolve();
    });
    expect(v8.flagsSet.filter((flags) => flags === '--semi-space-growth-factor=4')).toHaveLength(1);
    expect(v8.youngHalfBytes).toBe(FIRST_HALF_BYTES);
  });

  it('keeps a record stage inside it small, and the cap again after it', async () => {
    const { withSmallHeap, withSteadyHeap } = await freshHeapPolicy();
    await withSteadyHeap(async () => {
      v8.flagsSet.length = 0;
      await withSmallHeap(async () => {
        expect(v8.flagsSet.splice(0)).toEqual(['--optimize-for-size']);
        // A small heap's young generation may shrink; nothing grows it while the stage runs.
        v8.youngHalfBytes = FIRST_HALF_BYTES;
        vi.advanceTimersByTime(200);
        expect(v8.flagsSet).toEqual([]);
      });
      expect(v8.flagsSet.splice(0)).toEqual(['--no-optimize-for-size', '--semi-space-growth-factor=4', '--semi-space-growth-factor=1']);
    });
  });

  it("returns V8 to the heap flags its host process started with, not to V8's defaults", async () => {
    const execArgv = process.execArgv;
    process.execArgv = ['--optimize-for-size', '--semi-space-growth-factor=3'];
    try {
      const { withSteadyHeap } = await freshHeapPolicy();
      await withSteadyHeap(() => {
        vi.advanceTimersByTime(500);
        return Promise.resolve();
      });
      expect(v8.flagsSet).not.toContain('--no-optimize-for-size');
      expect(v8.flagsSet.at(-1)).toBe('--semi-space-growth-factor=3');
    } finally {
      process.execArgv = execArgv;
    }
  });

  it('holds the cap for good once the process asks (the hx4 command)', async () => {
    const { steadyHeap, withSteadyHeap } = await freshHeapPolicy();
    steadyHeap();
    await withSteadyHeap(() => Promise.resolve());
    v8.flagsSet.length = 0;
    v8.youngHalfBytes = FIRST_HALF_BYTES;
    vi.advanceTimersByTime(50);
    expect(v8.flagsSet).toEqual(['--semi-space-growth-factor=4', '--semi-space-growth-factor=1']);
  });
});
