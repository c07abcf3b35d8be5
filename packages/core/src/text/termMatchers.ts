import { collapseWhitespace } from './collapseWhitespace.js';

/*
 * Tests for terms of an exclusion list (or a query) in archive text. Terms and text are compared in one
 * form (`normalise`), so a list may be written in any case and with either apostrophe. A term is bounded
 * by what is not a letter or digit in any script, since JavaScript's `\b` knows ASCII letters only.
 */

const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/** Lower-cased, curly apostrophes straightened, runs of whitespace as one space: the form terms and text are compared in. */
export function normalise(text: string): string {
  return collapseWhitespace(text.toLowerCase().replace(/[\u2018\u2019]/gu, "'"));
}

/**
 * A test for any of `terms` as whole words of a text, plurals included: "maps" has "map", but "mapping"
 * does not, nor does "newsletter" have "letter" or "pageant" "page".
 */
export function wholeTermMatcher(terms: readonly string[]): (text: string) => boolean {
  const pattern = new RegExp(`${NOT_AFTER_WORD}${alternatives(terms)}(?:s|es)?${NOT_BEFORE_WORD}`, 'u');
  return (text) => pattern.test(normalise(text));
}

/** A test for any of `terms` starting a word of a text: "posters" has "poster", "withdrawing" has no "drawing". */
export function wordStartMatcher(terms: readonly string[]): (text: string) => boolean {
  const pattern = new RegExp(`${NOT_AFTER_WORD}${alternatives(terms)}`, 'u');
  return (text) => pattern.test(normalise(text));
}

/**
 * A test for a phrase starting a word of a text, its words separated by spaces or hyphens either way:
 * "half-track" finds "half track vehicles", "tank" finds "tanks".
 */
export function phraseMatcher(phrase: string): (text: string) => boolean {
  const words = normalise(phrase)
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map(escapeRegExp);
  const pattern = new RegExp(`${NOT_AFTER_WORD}${words.join('[\\s-]+')}`, 'u');
  return (text) => pattern.test(normalise(text));
}

/** The terms as one group; an empty list matches nothing (an empty group would match everywhere). */
function alternatives(terms: readonly string[]): string {
  return terms.length === 0 ? '(?!)' : `(?:${terms.map((term) => escapeRegExp(normalise(term))).join('|')})`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
