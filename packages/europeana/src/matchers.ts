/** Lower-cased with runs of whitespace as one space, the form every exclusion list is written in. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A test for any of `terms` starting a word of a normalised text ("posters" has "poster"). */
export function wordStartMatcher(terms: readonly string[]): (text: string) => boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})`, 'u');
  return (text) => pattern.test(normalise(text));
}
