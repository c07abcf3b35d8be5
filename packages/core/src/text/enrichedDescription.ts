import { basicClean } from './basicClean.js';
import { isEnglish } from './isEnglish.js';

export interface EnrichedDescriptionOptions {
  /** Also require the result to read as English (threshold 0.01, as in the reference). */
  checkEnglish?: boolean;
  /** Shorter results are no description at all. */
  minLength?: number;
}

/**
 * The text a CLIP-style model is trained on: the cleaned title and description as sentences
 * ("Title. Description."), or null when nothing meaningful is left.
 */
export function enrichedDescription(
  title: string | null | undefined,
  description: string | null | undefined,
  { checkEnglish = false, minLength = 3 }: EnrichedDescriptionOptions = {},
): string | null {
  const parts: string[] = [];
  for (const part of [title, description]) {
    const cleaned = basicClean(part);
    if (cleaned && !parts.some((kept) => kept.toLowerCase() === cleaned.toLowerCase())) parts.push(cleaned);
  }
  // A part that already ends a sentence needs no ". " (the reference wrote "Title.. Description").
  let text = parts.reduce((joined, part) => (joined ? `${joined}${/[.!?]$/u.test(joined) ? ' ' : '. '}${part}` : part), '');
  if (text.trim().length < minLength) return null;
  if (!/[.!?]$/u.test(text)) text += '.';
  if (checkEnglish && !isEnglish(text, 0.01)) return null;
  return text;
}
