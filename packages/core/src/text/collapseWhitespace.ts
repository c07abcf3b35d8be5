/** Every run of whitespace (line breaks, tabs, no-break spaces) as one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A text with its whitespace collapsed; null when nothing is left, or when there is no text. */
export function nonBlankText(text: string | null | undefined): string | null {
  const collapsed = collapseWhitespace(text ?? '');
  return collapsed === '' ? null : collapsed;
}
