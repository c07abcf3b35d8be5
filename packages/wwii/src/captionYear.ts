/** A 19xx year standing on its own: not part of a model name ("M1917"), "1940s" or a range ("1939-1945"). */
const STANDALONE_YEAR = /(?<![\p{L}\p{N}]|\d[-–])(19\d{2})(?![\p{L}\p{N}]|[-–]\d)/u;

/** The first year standing alone in the first text that has one; null when none does. */
export function captionYear(...texts: Array<string | null | undefined>): number | null {
  for (const text of texts) {
    const match = text ? STANDALONE_YEAR.exec(text) : null;
    if (match) return Number(match[1]);
  }
  return null;
}
