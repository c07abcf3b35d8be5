import { describe, expect, it } from 'vitest';
import { formatRate } from '../src/reporter/formatRate.js';

describe('formatRate', () => {
  it('gives one decimal below ten, none above, and names what the stage counts', () => {
    expect(formatRate(0.04, 'harvest')).toBe('0.0 queries/s');
    expect(formatRate(9.94, 'images')).toBe('9.9 images/s');
    expect(formatRate(9.97, 'images')).toBe('10 images/s');
    expect(formatRate(623.4, 'write')).toBe('623 rows/s');
    expect(formatRate(undefined, 'hash')).toBe('- images/s');
    expect(formatRate(2, 'thumbnails')).toBe('2.0/s');
  });
});
