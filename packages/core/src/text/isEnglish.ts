import { languageModel } from './languageModel.js';

/*
 * Detector choice: on 90 short archive titles (15 each in EN, DE, FR, NL, FI, IT), restricted to the
 * archives' languages, eld "large" named the right language for 90/90, franc 79, tinyld 76, franc-min 65;
 * only eld stays accurate on two- to five-word titles, and it is offline, pure JavaScript and
 * maintained. (A wasm build of lingua, the reference's library, is a 71 MB single-release repackage.)
 * languageModel() is eld large cut to those languages (scripts/buildLanguageModel.mjs lists them, Dutch
 * among them), which scores them exactly as eld large does.
 * eld's scores are per-language similarities, not probabilities, so they are turned into relative
 * confidences summing to 1 over the candidates, as lingua's are, with a softmax whose sharpness was
 * chosen on those titles (all right at thresholds 0.03-0.05) and checked on 90 others (two one-word
 * titles wrong: "Portrait" rejected, Dutch "Tank" accepted).
 */

const SOFTMAX_SHARPNESS = 100;

/** English's share (0..1) of the language confidences for `text`; 0 when nothing is recognisable. */
export function englishConfidence(text: string): number {
  const normalised = text.replace(/\s+/gu, ' ').trim();
  if (!normalised) return 0;
  const { detector, languages } = languageModel();
  const scores = detector.detect(normalised).getScores();
  const values = languages.map((language) => scores[language] ?? 0);
  const best = Math.max(...values);
  if (best <= 0) return 0;
  const weights = values.map((value) => Math.exp(SOFTMAX_SHARPNESS * (value - best)));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  // The model's languages include English (languageModel).
  return weights[languages.indexOf('en')]! / total;
}

/** True when English gets more than `threshold` of the language confidence. Blank text is not English. */
export function isEnglish(text: string | null | undefined, threshold = 0.05): boolean {
  if (typeof text !== 'string') return false;
  return englishConfidence(text) > threshold;
}
