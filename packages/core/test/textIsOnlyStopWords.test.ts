import { describe, expect, it } from 'vitest';
import { isOnlyStopWords } from '../src/text/index.js';

const meaningless = new Set(['untitled', 'photo', 'image']);

describe('isOnlyStopWords', () => {
  it('is true for English stop words alone', () => {
    expect(isOnlyStopWords('The and of', new Set())).toBe(true);
  });

  it('counts the extra words, case-insensitively and ignoring punctuation around words', () => {
    expect(isOnlyStopWords('Untitled photo.', meaningless)).toBe(true);
    expect(isOnlyStopWords('(An) IMAGE', meaningless)).toBe(true);
    expect(isOnlyStopWords('Untitled photo.', new Set())).toBe(false);
  });

  it('is false as soon as one word carries meaning', () => {
    expect(isOnlyStopWords('A photo of the tank', meaningless)).toBe(false);
    expect(isOnlyStopWords('1943', meaningless)).toBe(false);
  });

  it('treats blank text as nothing but stop words', () => {
    expect(isOnlyStopWords('  ', meaningless)).toBe(true);
    expect(isOnlyStopWords(null, meaningless)).toBe(true);
  });
});
