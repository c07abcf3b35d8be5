function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A test for any of `terms` as whole words of a text, any case, plurals included: "Maps" has "map", but
 * "mapping" does not, nor does "newsletter" have "letter".
 */
export function wholeTermMatcher(terms: readonly string[]): (text: string) => boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu');
  return (text) => pattern.test(text.replace(/\s+/gu, ' '));
}
