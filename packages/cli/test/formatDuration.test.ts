import { describe, expect, it } from 'vitest';
import { formatDuration } from '../src/reporter/formatDuration.js';

describe('formatDuration', () => {
  it('reads as a person says it', () => {
    expect(formatDuration(0.04)).toBe('0.0 s');
    expect(formatDuration(2.34)).toBe('2.3 s');
    expect(formatDuration(41.4)).toBe('41 s');
    expect(formatDuration(185)).toBe('3 min 05 s');
    expect(formatDuration(3725)).toBe('1 h 02 min');
  });
});
