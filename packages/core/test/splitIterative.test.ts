import { describe, expect, it } from 'vitest';
import { iterativeStratifiedSplit, SeededRandom } from '../src/split/index.js';

interface Doc {
  id: number;
  labels: string[];
}

/**
 * `rows` documents with 0–3 labels drawn from a long-tailed (Zipf-like) vocabulary, so there are
 * frequent labels, rare ones and singletons, and some documents without a label.
 */
function generateDocs(rows: number, vocabulary: number, seed: number): Doc[] {
  const random = new SeededRandom(seed);
  const weights = Array.from({ length: vocabulary }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const draw = () => {
    let target = (random.int(0, 1_000_000) / 1_000_000) * total;
    const index = weights.findIndex((weight) => (target -= weight) <= 0);
    return `label${index < 0 ? vocabulary - 1 : index}`;
  };
  return Array.from({ length: rows }, (_, id) => ({
    id,
    labels: Array.from({ length: random.int(0, 3) }, draw),
  }));
}

const labelsOf = (doc: Doc) => doc.labels;
const ids = (docs: Doc[]) => docs.map((doc) => doc.id);
function labelCounts(docs: Doc[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const label of new Set(doc.labels)) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

describe('iterativeStratifiedSplit', () => {
  const docs = generateDocs(3000, 300, 1);

  it('puts every label in train and about 35 % of the labelled rows in val', () => {
    for (const seed of [42, 7, 2024]) {
      const { train, val, dropped } = iterativeStratifiedSplit(docs, labelsOf, { seed });
      const all = labelCounts(docs);
      const inTrain = labelCounts(train);
      expect([...all.keys()].filter((label) => !inTrain.has(label))).toEqual([]);
      expect([...all.values()].filter((count) => count === 1).length).toBeGreaterThan(10);
      expect(Math.abs(val.length / (train.length + val.length) - 0.35)).toBeLessThan(0.02);
      expect(dropped.every((doc) => doc.labels.length === 0)).toBe(true);
      expect(dropped.length).toBe(docs.filter((doc) => doc.labels.length === 0).length);
      expect([...ids(train), ...ids(val), ...ids(dropped)].sort((a, b) => a - b)).toEqual(ids(docs));
    }
  });

  it('keeps the val share of each frequent label close to the target', () => {
    const { val } = iterativeStratifiedSplit(docs, labelsOf, { valFraction: 0.25 });
    const inVal = labelCounts(val);
    const frequent = [...labelCounts(docs)].filter(([, count]) => count >= 50);
    expect(frequent.length).toBeGreaterThan(5);
    for (const [label, count] of frequent) expect(Math.abs((inVal.get(label) ?? 0) / count - 0.25)).toBeLessThan(0.03);
  });

  it('sends a label seen once to train and splits a label seen twice one and one', () => {
    const small: Doc[] = [
      { id: 0, labels: ['common', 'once'] },
      { id: 1, labels: ['twice'] },
      { id: 2, labels: ['twice', 'common'] },
      ...Array.from({ length: 10 }, (_, i) => ({ id: 3 + i, labels: ['common'] })),
      { id: 13, labels: [] },
    ];
    for (const seed of [1, 2, 3, 4, 5]) {
      const { train, val, dropped } = iterativeStratifiedSplit(small, labelsOf, { seed });
      expect(ids(train)).toContain(0);
      expect(labelCounts(train).get('twice')).toBe(1);
      expect(labelCounts(val).get('twice')).toBe(1);
      expect(ids(dropped)).toEqual([13]);
    }
  });

  it('moves a row back to train for a label that val took whole', () => {
    // With 90 % wanted in val, a two-row label sends both rows to val before the repair.
    const small: Doc[] = [
      { id: 0, labels: ['a', 'b'] },
      { id: 1, labels: ['a'] },
      { id: 2, labels: ['b', 'c'] },
      { id: 3, labels: ['c'] },
      { id: 4, labels: ['c'] },
    ];
    const { train, val } = iterativeStratifiedSplit(small, labelsOf, { valFraction: 0.9 });
    expect([...labelCounts(train).keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(val.length).toBeGreaterThan(0);
  });

  it('repeats itself for a seed, differs for another, and keeps input order', () => {
    const first = iterativeStratifiedSplit(docs, labelsOf);
    expect(ids(iterativeStratifiedSplit(docs, labelsOf, { seed: 42 }).val)).toEqual(ids(first.val));
    expect(ids(iterativeStratifiedSplit(docs, labelsOf, { seed: 43 }).val)).not.toEqual(ids(first.val));
    expect(ids(first.train)).toEqual([...ids(first.train)].sort((a, b) => a - b));
    expect(ids(first.val)).toEqual([...ids(first.val)].sort((a, b) => a - b));
  });

  it('ignores repeated and blank labels of a row', () => {
    const repeated = docs.map((doc) => ({ ...doc, labels: [...doc.labels, ...doc.labels, ''] }));
    expect(ids(iterativeStratifiedSplit(repeated, labelsOf).val)).toEqual(ids(iterativeStratifiedSplit(docs, labelsOf).val));
  });

  it('rejects a bad valFraction and data without labels', () => {
    expect(() => iterativeStratifiedSplit(docs, labelsOf, { valFraction: 1 })).toThrow(/valFraction must be between 0 and 1/);
    expect(() => iterativeStratifiedSplit([{ id: 0, labels: [] }], labelsOf)).toThrow(/no row has a label/);
  });
});
