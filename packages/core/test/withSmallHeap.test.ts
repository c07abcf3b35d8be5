import { describe, expect, it, vi } from 'vitest';

const flagsSet = vi.hoisted(() => [] as string[]);
vi.mock('node:v8', () => ({ setFlagsFromString: (flags: string) => flagsSet.push(flags) }));

const { favourSmallHeap, withSmallHeap } = await import('../src/memory/favourSmallHeap.js');

const SMALL = ['--optimize-for-size', '--semi-space-growth-factor=1'];
const DEFAULTS = ['--no-optimize-for-size', '--semi-space-growth-factor=2'];

describe('withSmallHeap', () => {
  it('runs record stages side by side with V8 favouring a small heap, and V8 defaults again after the last', async () => {
    let finishFirst = () => {};
    const first = withSmallHeap(() => new Promise<void>((resolve) => (finishFirst = resolve)));
    expect(flagsSet.splice(0)).toEqual(SMALL);
    const second = await withSmallHeap(async () => {
      finishFirst();
      await first;
      // The first stage has finished, this one has not.
      expect(flagsSet).toEqual([]);
      return 'rows';
    });
    expect(second).toBe('rows');
    expect(flagsSet.splice(0)).toEqual(DEFAULTS);
    await expect(withSmallHeap(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(flagsSet.splice(0)).toEqual([...SMALL, ...DEFAULTS]);
  });

  it('keeps the small heap after a stage when the process favours it for good (--low-memory)', async () => {
    favourSmallHeap();
    expect(flagsSet.splice(0)).toEqual(SMALL);
    await withSmallHeap(() => Promise.resolve());
    expect(flagsSet).toEqual([]);
  });
});
