import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/options/parseDate.js';
import { parseThumbnailSize } from '../src/options/parseThumbnailSize.js';
import { UsageError } from '../src/options/UsageError.js';

describe('parseThumbnailSize', () => {
  it('reads every spelling the History-X4 README and scripts used', () => {
    expect(parseThumbnailSize(['512,512'])).toEqual([512, 512]);
    expect(parseThumbnailSize(['800x600'])).toEqual([800, 600]);
    expect(parseThumbnailSize(['800', '800'])).toEqual([800, 800]);
    expect(parseThumbnailSize(['(512, 384)'])).toEqual([512, 384]);
    expect(parseThumbnailSize('1000')).toEqual([1000, 1000]);
  });

  it('refuses what is not two sizes in pixels', () => {
    for (const bad of ['abc', '512,', '0,512', '512,512,512', '-5,5', '1.5x2']) {
      expect(() => parseThumbnailSize([bad])).toThrow(UsageError);
    }
  });
});

describe('parseDate', () => {
  it('accepts real calendar dates only', () => {
    expect(parseDate('--start-date', '1944-06-06')).toBe('1944-06-06');
    expect(() => parseDate('--start-date', '1944-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => parseDate('--start-date', '06/06/1944')).toThrow(/YYYY-MM-DD/);
  });
});
