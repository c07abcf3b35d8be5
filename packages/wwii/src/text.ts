/** The text with runs of whitespace as one space; null when nothing is left. */
export function cleanText(text: string | null | undefined): string | null {
  const collapsed = (text ?? '').replace(/\s+/gu, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

/** A field of a cached record that should be a string; anything else reads as null. */
export function stringField(value: unknown): string | null {
  return typeof value === 'string' ? cleanText(value) : null;
}
