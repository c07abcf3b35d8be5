import { describe, expect, it } from 'vitest';
import { imbalance, longTailTiers, sortedCounts } from '../src/figures/index.js';

describe('imbalance', () => {
  it('is even for one label and for equal labels', () => {
    expect(imbalance([7])).toEqual({ maxMinRatio: 1, median: 7, gini: 0 });
    expect(imbalance([3, 3, 3, 3])).toEqual({ maxMinRatio: 1, median: 3, gini: 0 });
  });

  it('gives max/min, the median and the Gini coefficient of a skewed distribution', () => {
    const figures = imbalance([100, 1, 10, 1]);
    expect(figures.maxMinRatio).toBe(100);
    expect(figures.median).toBe(5.5);
    // Sorted 1, 1, 10, 100: sum (2i - n - 1) x_i = -3 - 1 + 10 + 300 = 306; G = 306 / (4 * 112).
    expect(figures.gini).toBeCloseTo(306 / 448, 10);
  });
});

describe('longTailTiers', () => {
  const counts = (n: number) => sortedCounts(new Map(Array.from({ length: n }, (_, i) => [`l${i}`, n - i])));

  it('puts the top 20% of labels in the head and the bottom 50% in the tail', () => {
    const tiers = longTailTiers(counts(10));
    expect(tiers.map(({ tier, first, last }) => [tier, first, last])).toEqual([
      ['head', 1, 2],
      ['torso', 3, 5],
      ['tail', 6, 10],
    ]);
    expect(tiers.reduce((sum, { images }) => sum + images, 0)).toBe(55);
  });

  it('keeps a single label in the head and leaves the other tiers empty', () => {
    expect(longTailTiers(counts(1)).map(({ labels }) => labels)).toEqual([1, 0, 0]);
    expect(longTailTiers(counts(2)).map(({ labels }) => labels)).toEqual([1, 0, 1]);
  });
});

describe('sortedCounts', () => {
  it('orders by count, ties by key, whatever the insertion order', () => {
    const a = sortedCounts(
      new Map([
        ['b', 2],
        ['a', 2],
        ['c', 5],
      ]),
    );
    const b = sortedCounts(
      new Map([
        ['c', 5],
        ['a', 2],
        ['b', 2],
      ]),
    );
    expect(a).toEqual(b);
    expect(a.map(({ key }) => key)).toEqual(['c', 'a', 'b']);
  });
});
