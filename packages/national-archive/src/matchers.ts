/** Lower-cased, curly apostrophes straightened, runs of whitespace as one space: the form every list is written in. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/gu, "'").replace(/\s+/gu, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A test for any of `terms` as whole words of a text, plurals included: "maps" has "map", but
 * "mapping" does not, nor does "newsletter" have "letter" or "pageant" "page".
 */
export function wholeTermMatcher(terms: readonly string[]): (text: string) => boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, 'u');
  return (text) => pattern.test(normalise(text));
}

/**
 * A test for a query starting a word of a text, its words separated by spaces or hyphens either way:
 * "half-track" finds "half track vehicles", "tank" finds "tanks".
 */
export function queryMatcher(query: string): (text: string) => boolean {
  const words = normalise(query).split(/[\s-]+/u).filter(Boolean).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}`, 'u');
  return (text) => pattern.test(normalise(text));
}
