import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/memory/collectGarbage.js';

describe('collectGarbage', () => {
  it('frees what a finished stage left behind, without giving the caller a global gc', () => {
    let garbage: string[] | null = Array.from({ length: 200_000 }, (_, index) => `record ${index} `.repeat(20));
    const withGarbage = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(200_000);
    // eslint-disable-next-line no-useless-assignment -- dropping the only reference is what makes the strings garbage
    garbage = null;
    collectGarbage();
    // About 60 MB of strings, all unreachable now.
    expect(withGarbage - process.memoryUsage().heapUsed).toBeGreaterThan(30 * 1024 * 1024);
    collectGarbage();
    expect('gc' in globalThis).toBe(false);
  });
});
