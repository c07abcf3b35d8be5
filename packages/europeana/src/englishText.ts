import { collapseWhitespace, decodeEntities, isEnglish, isOnlyStopWords, stringValues } from '@hx4/core';
import type { EuropeanaItem } from './EuropeanaItem.js';
import { MEANINGLESS_TITLE_WORDS } from './exclusions.js';
import { languageValues } from './fieldValues.js';

/** Europeana's own language tags are often wrong; this permissive threshold is the reference's. */
const ENGLISH_THRESHOLD = 0.03;

/**
 * The item's English title: one tagged `en` first, else the first title that reads as English;
 * either way one that says more than stop words and words like "untitled".
 */
export function englishTitle(item: EuropeanaItem, projectWords?: ReadonlySet<string>): string | null {
  const meaningless = meaninglessWords(projectWords);
  const tagged = languageValues(item.dcTitleLangAware, 'en');
  const detected = stringValues(item.title).filter((title) => isEnglish(title, ENGLISH_THRESHOLD));
  const title = [...tagged, ...detected].find((candidate) => !isOnlyStopWords(candidate, meaningless));
  return title === undefined ? null : catalogueText(title);
}

const combined = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The adapter's own words plus the project's list, when the run has one (built once per list). */
function meaninglessWords(projectWords?: ReadonlySet<string>): ReadonlySet<string> {
  if (!projectWords) return MEANINGLESS_TITLE_WORDS;
  let words = combined.get(projectWords);
  if (!words) combined.set(projectWords, (words = new Set([...MEANINGLESS_TITLE_WORDS, ...projectWords])));
  return words;
}

/** The descriptions tagged `en`, as one text; "" when there are none. */
export function taggedEnglishDescription(item: EuropeanaItem): string {
  return catalogueText(languageValues(item.dcDescriptionLangAware, 'en').join(' '));
}

/** The tagged English description when it also reads as English. */
export function englishDescription(description: string): string | null {
  return description && isEnglish(description, ENGLISH_THRESHOLD) ? description : null;
}

/** Providers export catalogue text from HTML: `&nbsp;` and its kin are decoded, then whitespace collapsed. */
function catalogueText(text: string): string {
  return collapseWhitespace(decodeEntities(text));
}
