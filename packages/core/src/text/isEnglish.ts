import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { eld as EldDetector } from 'eld/large';

/*
 * Detector choice: on 90 short archive titles (15 each in EN, DE, FR, NL, FI, IT), restricted to the
 * languages below, eld "large" named the right language for 90/90, franc 79, tinyld 76, franc-min 65;
 * only eld stays accurate on two- to five-word titles, and it is offline, pure JavaScript and
 * maintained. (A wasm build of lingua, the reference's library, is a 71 MB single-release repackage.)
 * eld's scores are per-language similarities, not probabilities, so they are turned into relative
 * confidences summing to 1 over the candidates, as lingua's are, with a softmax whose sharpness was
 * chosen on those titles (all right at thresholds 0.03-0.05) and checked on 90 others (two one-word
 * titles wrong: "Portrait" rejected, Dutch "Tank" accepted).
 */

/** The archives' languages. Dutch is one (the reference left it out, so Dutch text passed as English). */
const CANDIDATE_LANGUAGES = [
  'en', 'de', 'fr', 'nl', 'es', 'it', 'pt', 'sv', 'fi', 'da', 'no',
  'pl', 'ru', 'hu', 'cs', 'sk', 'el', 'bg', 'ro',
];
const SOFTMAX_SHARPNESS = 100;

let detector: typeof EldDetector | undefined;

/**
 * The model takes about a second and 150 MB to load, so it is loaded on first use, not when
 * @hx4/core is imported. `isEnglish` must stay synchronous (adapters' `toRow` is), and eld ships
 * only as ESM behind an `import` condition: resolve that entry, then load it with require(esm).
 */
function languageDetector(): typeof EldDetector {
  if (!detector) {
    const entry = fileURLToPath(import.meta.resolve('eld/large'));
    const loaded = (createRequire(import.meta.url)(entry) as { eld: typeof EldDetector }).eld.newInstance();
    loaded.setLanguageSubset(CANDIDATE_LANGUAGES);
    detector = loaded;
  }
  return detector;
}

/** English's share (0..1) of the language confidences for `text`; 0 when nothing is recognisable. */
export function englishConfidence(text: string): number {
  const normalised = text.replace(/\s+/gu, ' ').trim();
  if (!normalised) return 0;
  const scores = languageDetector().detect(normalised).getScores();
  const values = CANDIDATE_LANGUAGES.map((language) => scores[language] ?? 0);
  const best = Math.max(...values);
  if (best <= 0) return 0;
  const weights = values.map((value) => Math.exp(SOFTMAX_SHARPNESS * (value - best)));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights[CANDIDATE_LANGUAGES.indexOf('en')] / total;
}

/** True when English gets more than `threshold` of the language confidence. Blank text is not English. */
export function isEnglish(text: string | null | undefined, threshold = 0.05): boolean {
  if (typeof text !== 'string') return false;
  return englishConfidence(text) > threshold;
}
