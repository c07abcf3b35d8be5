import { describe, expect, it } from 'vitest';
import { createRandom } from '@hx4/testkit';
import { PerceptualIndex } from '../src/index.js';
import { UnionFind } from '../src/dedup/UnionFind.js';
import { hammingDistance } from '../src/features/hammingDistance.js';

/** Hashes in clusters: random centres and copies a few bits away, as duplicates and near-misses are. */
function clusteredHashes(count: number, seed: number): { high: number; low: number }[] {
  const random = createRandom(seed);
  const word = () => Math.floor(random() * 2 ** 32) >>> 0;
  const hashes: { high: number; low: number }[] = [];
  while (hashes.length < count) {
    const centre = { high: word(), low: word() };
    for (let copy = 0; copy < 4 && hashes.length < count; copy++) {
      const hash = { ...centre };
      for (let flip = Math.floor(random() * 9); flip > 0; flip--) {
        const bit = Math.floor(random() * 64);
        if (bit < 32) hash.low = (hash.low ^ (1 << bit)) >>> 0;
        else hash.high = (hash.high ^ (1 << (bit - 32))) >>> 0;
      }
      hashes.push(hash);
    }
  }
  return hashes;
}

describe('PerceptualIndex', () => {
  it.each([0, 1, 2, 4, 6, 10, 15])('finds exactly the earlier hashes within %i bits, as comparing every pair does', (threshold) => {
    const hashes = clusteredHashes(800, threshold + 1);
    const index = new PerceptualIndex(threshold);
    let pairs = 0;
    hashes.forEach((hash, row) => {
      const expected = hashes
        .slice(0, row)
        .flatMap((other, earlier) => (hammingDistance(hash.high, hash.low, other.high, other.low) <= threshold ? [earlier] : []));
      expect(index.matches(hash.high, hash.low, () => true).sort((a, b) => a - b)).toEqual(expected);
      pairs += expected.length;
      index.add(row, hash.high, hash.low);
    });
    expect(pairs).toBeGreaterThan(0);
  });

  it('leaves out matches the caller rejects, and rejects thresholds it cannot index', () => {
    const index = new PerceptualIndex(4);
    index.add(7, 0xffff0000, 0x0000ffff);
    index.add(8, 0xffff0000, 0x0000fff0);
    expect(index.matches(0xffff0000, 0x0000ffff, (row) => row !== 8)).toEqual([7]);
    expect(() => new PerceptualIndex(16)).toThrow('perceptual threshold must be a whole number of bits from 0 to 15, got 16');
  });
});

describe('UnionFind', () => {
  it('keeps the lowest row as a group’s root and counts each link that merged a row under its kind', () => {
    const groups = new UnionFind(6);
    expect(groups.link(4, 2, 'url')).toBe(true);
    expect(groups.link(2, 4, 'bytes')).toBe(false);
    expect(groups.link(5, 4, 'perceptual')).toBe(true);
    expect(groups.link(1, 5, 'bytes')).toBe(true);
    expect([0, 1, 2, 3, 4, 5].map((row) => groups.find(row))).toEqual([0, 1, 1, 3, 1, 1]);
    expect(groups.counts).toEqual({ url: 1, bytes: 1, perceptual: 1 });
    expect(groups.kindMask(1)).toBe(0b111);
    expect(groups.kindMask(3)).toBe(0);
  });

  it('refuses a row outside it instead of answering undefined for a root', () => {
    const groups = new UnionFind(3);
    expect(() => groups.find(3)).toThrow(new RangeError('UnionFind: row 3 is not one of its 3 rows'));
    expect(() => groups.link(0, -1, 'url')).toThrow(RangeError);
    expect(() => groups.kindMask(7)).toThrow(RangeError);
  });
});
