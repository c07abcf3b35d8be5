import { eng } from 'stopword';

const ENGLISH_STOP_WORDS = new Set(eng);

/** Punctuation around a word ("untitled." or "(photo)") does not make it meaningful. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * True when every whitespace-separated word of `text` is an English stop word or one of
 * `extraWords` (lower-case; e.g. the project's meaningless words). Blank text counts as stop words only.
 */
export function isOnlyStopWords(text: string | null | undefined, extraWords: ReadonlySet<string> = new Set()): boolean {
  if (typeof text !== 'string') return true;
  const words = text
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter((word) => word.length > 0);
  return words.every((word) => ENGLISH_STOP_WORDS.has(word) || extraWords.has(word));
}
