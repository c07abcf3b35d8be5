import patterns from './cleaningPatterns.json' with { type: 'json' };

/** Private-use stand-ins so apostrophes inside words survive the quote removal. */
const STRAIGHT_APOSTROPHE = '\uE000';
const CURLY_APOSTROPHE = '\uE001';
const WORD_CHAR = `[\\p{L}\\p{N}_${STRAIGHT_APOSTROPHE}${CURLY_APOSTROPHE}]`;
/** JavaScript's `\b` only knows ASCII letters; archive text is German, Finnish, Greek... */
const UNICODE_WORD_BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

function compile(source: string): RegExp {
  return new RegExp(source.replace(/(?<!\\)\\b/g, UNICODE_WORD_BOUNDARY), 'giu');
}

const BOILERPLATE = patterns.boilerplate.map(compile);
const METADATA = patterns.metadata.map(compile);

/**
 * Strips archive boilerplate ("Original caption:", "[sic]", "press photograph", URLs, catalogue
 * numbers...; the list is data in cleaningPatterns.json), ALL-CAPS `KEY:` lines, escape sequences,
 * quotes, parenthesised asides and bracket noise from a title or description. Returns "" for
 * anything that is not a string. Apostrophes inside words ("soldier's", "l’armée") are kept.
 */
export function basicClean(text: unknown): string {
  if (typeof text !== 'string' || !text) return '';
  let result = text
    .replace(/(?<=[\p{L}\p{N}])'(?=[\p{L}\p{N}])/gu, STRAIGHT_APOSTROPHE)
    .replace(/(?<=[\p{L}\p{N}])\u2019(?=[\p{L}\p{N}])/gu, CURLY_APOSTROPHE);
  for (const pattern of [...BOILERPLATE, ...METADATA]) result = result.replace(pattern, ' ');
  result = result
    .replace(/^[\p{Lu}][\p{Lu} \t&]{4,}:.*$/gmu, ' ')
    .replace(/\\+\s*[nrt]/giu, ' ')
    .replace(/\\/gu, ' ')
    .replace(/[\r\n\t]/gu, ' ')
    .replace(/["'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB]/gu, ' ')
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/-{2,}/gu, ' ')
    .replace(/[[\]{}()]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/ (?=[.,;:!?])/gu, '')
    .replace(/[,;:]+(?=[.!?])/gu, '')
    .replace(/\.{2,}/gu, '.')
    .replace(/^[\s.,;:!?-]+|[\s,;:-]+$/gu, '');
  return result.replaceAll(STRAIGHT_APOSTROPHE, "'").replaceAll(CURLY_APOSTROPHE, '\u2019');
}
