import { describe, expect, it } from 'vitest';
import { TypedColumn } from '../src/rows/TypedColumn.js';

describe('TypedColumn', () => {
  it('keeps values across its pages, sets them in place and forgets the tail it is truncated to', () => {
    const column = new TypedColumn((length) => new Int32Array(length));
    column.pushAll(Array.from({ length: 40_000 }, (_, i) => i * 3));
    expect([column.length, column.at(0), column.at(16_384), column.at(39_999)]).toEqual([40_000, 0, 49_152, 119_997]);
    column.set(16_384, -5);
    expect(column.at(16_384)).toBe(-5);
    column.truncate(16_385);
    column.push(7);
    expect([column.length, column.at(16_384), column.at(16_385)]).toEqual([16_386, -5, 7]);
  });

  it('refuses an index outside its values, a truncated one included, instead of reading undefined or a stale value', () => {
    const column = new TypedColumn((length) => new Float64Array(length));
    column.pushAll([1.5, 2.5, 3.5]);
    column.truncate(2);
    expect(() => column.at(2)).toThrow(new RangeError('TypedColumn: no value at 2 (of 2)'));
    expect(() => column.at(-1)).toThrow(RangeError);
    expect(() => column.set(5, 0)).toThrow(RangeError);
  });
});
