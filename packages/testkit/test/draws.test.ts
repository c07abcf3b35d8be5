import { describe, expect, it } from 'vitest';
import { pickCyclic, pickFrom } from '../src/index.js';

describe('draws', () => {
  it('pickFrom maps a draw in [0, 1) onto the list, the top of the range to its last item', () => {
    expect(pickFrom(['a', 'b', 'c'], 0)).toBe('a');
    expect(pickFrom(['a', 'b', 'c'], 0.5)).toBe('b');
    expect(pickFrom(['a', 'b', 'c'], 1 - Number.EPSILON)).toBe('c');
  });

  it('pickCyclic counts round the list, forwards and backwards', () => {
    const list = ['a', 'b', 'c'];
    expect([0, 1, 2, 3, 7].map((n) => pickCyclic(list, n))).toEqual(['a', 'b', 'c', 'a', 'b']);
    expect([-1, -3, -4].map((n) => pickCyclic(list, n))).toEqual(['c', 'a', 'c']);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => pickFrom([], 0.5)).toThrow(/empty list/);
    expect(() => pickCyclic([], 2)).toThrow(/empty list/);
  });
});
