import { describe, expect, it } from 'vitest';
import { SeededRandom, stratifiedSplit } from '../src/split/index.js';

interface Item {
  id: number;
  label: string;
}

/** Rows with ids 0.. in order, `counts[label]` rows per label, labels interleaved. */
function itemsWith(counts: Record<string, number>): Item[] {
  const items: Item[] = [];
  const remaining = { ...counts };
  while (Object.values(remaining).some((n) => n > 0)) {
    for (const label of Object.keys(remaining)) {
      if (remaining[label]!-- > 0) items.push({ id: items.length, label });
    }
  }
  return items;
}

const countBy = (items: Item[]) =>
  items.reduce<Record<string, number>>((counts, { label }) => ({ ...counts, [label]: (counts[label] ?? 0) + 1 }), {});
const labelOf = (item: Item) => item.label;

describe('stratifiedSplit', () => {
  it('sends ceil(35 %) of the rows to val, shared by largest remainder', () => {
    const { train, val, dropped } = stratifiedSplit(itemsWith({ a: 10, b: 6, c: 4 }), labelOf);
    // 35 % of 20 is 7 (not 8, which float noise in 0.35 × 20 would give); quotas 3.5, 2.1, 1.4.
    expect(val).toHaveLength(7);
    expect(countBy(val)).toEqual({ a: 4, b: 2, c: 1 });
    expect(countBy(train)).toEqual({ a: 6, b: 4, c: 3 });
    expect(dropped).toEqual([]);
    expect(stratifiedSplit(itemsWith({ a: 11, b: 10 }), labelOf).val).toHaveLength(8);
  });

  it('drops labels seen once or blank, and keeps every other label on both sides', () => {
    const items = itemsWith({ big: 100, pair: 2, trio: 3, once: 1, ' ': 2 });
    const { train, val, dropped } = stratifiedSplit(items, labelOf);
    expect(dropped.map(labelOf).sort()).toEqual([' ', ' ', 'once']);
    for (const side of [train, val]) expect(Object.keys(countBy(side)).sort()).toEqual(['big', 'pair', 'trio']);
    expect(val).toHaveLength(Math.ceil(0.35 * 105));
    expect([...train, ...val, ...dropped].map((item) => item.id).sort((a, b) => a - b)).toEqual(items.map((item) => item.id));
  });

  it('keeps every label on both sides and proportional on many uneven labels', () => {
    const random = new SeededRandom(7);
    const counts = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`label${i}`, 2 + random.int(0, 60)]));
    const items = itemsWith(counts);
    for (const seed of [1, 2, 3]) {
      const { train, val } = stratifiedSplit(items, labelOf, { seed, valFraction: 0.3 });
      const valCounts = countBy(val);
      const trainCounts = countBy(train);
      expect(val).toHaveLength(Math.ceil(0.3 * items.length));
      for (const [label, count] of Object.entries(counts)) {
        expect(valCounts[label]).toBeGreaterThanOrEqual(1);
        expect(trainCounts[label]).toBeGreaterThanOrEqual(1);
        expect(Math.abs(valCounts[label]! - 0.3 * count)).toBeLessThan(1.5);
      }
    }
  });

  it('returns train and val in input order', () => {
    const { train, val } = stratifiedSplit(itemsWith({ a: 20, b: 15 }), labelOf);
    for (const side of [train, val]) {
      expect(side.map((item) => item.id)).toEqual([...side.map((item) => item.id)].sort((a, b) => a - b));
    }
  });

  it('repeats itself for a seed and differs for another', () => {
    const items = itemsWith({ a: 30, b: 20, c: 9 });
    const ids = (seed?: number) => stratifiedSplit(items, labelOf, { seed }).val.map((item) => item.id);
    expect(ids()).toEqual(ids(42));
    expect(ids(42)).toEqual(ids(42));
    expect(ids(43)).not.toEqual(ids(42));
  });

  it('breaks ties between equal remainders by the seed', () => {
    const items = itemsWith({ a: 3, b: 3, c: 3 });
    const winners = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const valCounts = countBy(stratifiedSplit(items, labelOf, { seed }).val);
      expect(Object.values(valCounts).sort()).toEqual([1, 1, 2]);
      winners.add(Object.keys(valCounts).find((label) => valCounts[label] === 2)!);
    }
    expect(winners.size).toBeGreaterThan(1);
  });

  it('rejects a bad valFraction, nothing to split and too few rows for the labels', () => {
    const items = itemsWith({ a: 4, b: 4 });
    for (const valFraction of [0, 1, -0.1, Number.NaN]) {
      expect(() => stratifiedSplit(items, labelOf, { valFraction })).toThrow(/valFraction must be between 0 and 1/);
    }
    expect(() => stratifiedSplit(itemsWith({ a: 1, b: 1 }), labelOf)).toThrow(/nothing to split/);
    expect(() => stratifiedSplit([], labelOf)).toThrow(/nothing to split/);
    const pairs = itemsWith(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`l${i}`, 2])));
    expect(() => stratifiedSplit(pairs, labelOf)).toThrow(/20 rows in 10 labels cannot give every label/);
    expect(() => stratifiedSplit(items, labelOf, { seed: 1.5 })).toThrow(/seed must be an integer/);
  });
});
