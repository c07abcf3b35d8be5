import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

export const DEFAULT_SEED = 42;

/** A seeded PRNG (xoroshiro128+): the same seed replays the same draws on every platform. */
export class SeededRandom {
  private readonly generator: RandomGenerator;

  constructor(seed: number = DEFAULT_SEED) {
    // The generator keeps 32 bits of the seed; rejecting wider seeds keeps distinct seeds distinct.
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new Error(`seed must be an integer in [0, 4294967295], got ${seed}`);
    }
    this.generator = xoroshiro128plus(seed);
  }

  /** A uniform integer in [from, to], both included. */
  int(from: number, to: number): number {
    return uniformInt(this.generator, from, to);
  }

  /** A uniformly random permutation (Fisher–Yates) of a copy of `items`. */
  shuffled<T>(items: readonly T[]): T[] {
    const result = items.slice();
    for (let i = result.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      // 0 <= j <= i < result.length
      [result[i], result[j]] = [result[j]!, result[i]!];
    }
    return result;
  }
}
