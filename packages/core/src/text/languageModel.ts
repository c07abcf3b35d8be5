import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { eld as Eld } from 'eld';

/** data/eldLargeSubset.json, written by scripts/buildLanguageModel.mjs. */
interface ModelFile {
  languages: string[];
  ngramSeparator: string;
  /** `[[candidate index, score, …], ngrams joined by ngramSeparator]` */
  groups: [number[], string][];
}

/** eld's ngram table: per ngram, a score per language index. */
type Ngrams = Record<string, Record<number, number>>;

/** eld's engine module, src/languageDetector.js: its package exports only entries with a model built in. */
interface EldEngine {
  createEld(): {
    instance: typeof Eld;
    loadData: (data: { type: string; languages: Record<number, string>; ngrams: Ngrams }) => string;
  };
}

export interface LanguageModel {
  detector: Pick<typeof Eld, 'detect'>;
  /** The candidate languages, the only ones the detector scores. */
  languages: readonly string[];
}

/** Resolves the same from src/text (tests) and dist/text (the published package lists data/). */
const MODEL_FILE = new URL('../../data/eldLargeSubset.json', import.meta.url);

let model: LanguageModel | undefined;

/**
 * eld's detector on its "large" ngrams, cut to the candidate languages: those get the very scores the
 * full model gives them, but it loads in about a tenth of the time and adds ~35 MB to the process, where
 * eld/large's 4.5 MB object literal took it to ~460 MB. Loaded on first use, not when @hx4/core is
 * imported, and synchronously: `isEnglish` must stay synchronous (adapters' `toRow` is), and eld ships
 * only as ESM, which require(esm) loads.
 */
export function languageModel(): LanguageModel {
  if (!model) {
    const file = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelFile;
    const ngrams: Ngrams = {};
    for (const [scoreList, joined] of file.groups) {
      // Ngrams of a group share one object: eld only reads them.
      const scores: Record<number, number> = {};
      // scoreList alternates language index and score, so it has an even length.
      for (let i = 0; i < scoreList.length; i += 2) scores[scoreList[i]!] = scoreList[i + 1]!;
      for (const ngram of joined.split(file.ngramSeparator)) ngrams[ngram] = scores;
    }
    const engine = fileURLToPath(new URL('../languageDetector.js', import.meta.resolve('eld')));
    const { instance, loadData } = (createRequire(import.meta.url)(engine) as EldEngine).createEld();
    const languages = Object.fromEntries(file.languages.map((language, index) => [index, language]));
    loadData({ type: 'large subset', languages, ngrams });
    model = { detector: instance, languages: file.languages };
  }
  return model;
}

/**
 * Lets the model be garbage-collected. A collection needs it only while adapters read records (the rows
 * stage); dropping it then keeps ~35 MB out of the image work that follows. A later use loads it again.
 */
export function forgetLanguageModel(): void {
  model = undefined;
}
