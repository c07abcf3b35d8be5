const WORD_CHAR = String.raw`\p{L}\p{M}\p{N}_`;

/** Anything but word characters, whitespace, apostrophes and hyphens separates words. */
const SEPARATORS = new RegExp(`[^${WORD_CHAR}\\s'-]`, 'gu');

/**
 * Archive boilerplate removed from queries as whole words, case-insensitively. The longer phrases come first
 * so "photo shows" goes as one piece before "photo" alone is tried.
 */
const BOILERPLATE_PHRASES = [
  String.raw`original\s+caption`,
  String.raw`photo\s+shows`,
  String.raw`file\s+record`,
  String.raw`original\s+field\s+number`,
  'obtained',
  'caption',
  'unidentified',
  'unnumbered',
  'untitled',
  'fotografie',
  'fotografen',
  'photograph',
  'photographer',
  'photography',
  'fotoalbum',
  'photo',
  'gallery',
  String.raw`part(?:\s+\d+)?`,
  'foto',
];

// `\b` ignores non-ASCII letters even with the u flag, so word edges are spelled out.
const BOILERPLATE = new RegExp(`(?<![${WORD_CHAR}])(?:${BOILERPLATE_PHRASES.join('|')})(?![${WORD_CHAR}])`, 'giu');

/** Apostrophes and hyphens only belong inside a word ("no man's land", "dug-out"). */
const EDGE_PUNCTUATION = /^['-]+|['-]+$/g;

/**
 * Normalises a search query the way the reference `clean_` does: punctuation becomes spaces, tokens shorter
 * than two characters go, the rest is lower-cased, archive boilerplate ("caption", "photo", "part 2", ...) is
 * removed and whitespace collapsed. Returns null when nothing is left.
 */
export function cleanQuery(text: string | null | undefined): string | null {
  if (!text) return null;
  const words = text
    .normalize('NFC')
    .replace(SEPARATORS, ' ')
    .replace(BOILERPLATE, ' ')
    .split(/\s+/u)
    .map((token) => token.replace(EDGE_PUNCTUATION, ''))
    .filter((token) => Array.from(token).length >= 2)
    .map((token) => token.toLowerCase());
  return words.length > 0 ? words.join(' ') : null;
}
