// `node packages/core/scripts/buildLanguageModel.mjs`: rebuilds packages/core/data/eldLargeSubset.json,
// the language model isEnglish uses, from the installed eld's "large" ngrams. Rerun it when the candidate
// languages below change or eld is upgraded (test/textLanguageModel.test.ts fails until then).
//
// eld scores every language on its own ngram entries, so keeping only the candidates' entries gives
// those languages exactly the scores the full model gives them, for a tenth of the memory: parsing the
// full model's 4.5 MB object literal takes the process to ~460 MB.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The archives' languages. Dutch is one (the reference left it out, so Dutch text passed as English). */
const CANDIDATE_LANGUAGES = [
  'en',
  'de',
  'fr',
  'nl',
  'es',
  'it',
  'pt',
  'sv',
  'fi',
  'da',
  'no',
  'pl',
  'ru',
  'hu',
  'cs',
  'sk',
  'el',
  'bg',
  'ro',
];
/** Ngrams are joined with it; eld's ngrams are lower-case letters, apostrophes, byte stand-ins and spaces. */
const NGRAM_SEPARATOR = '\n';
const OUTPUT = new URL('../data/eldLargeSubset.json', import.meta.url);

// The ngram tables are not among eld's package exports; they sit beside its entry files.
const largeEntry = import.meta.resolve('eld/large');
const { ngramsData } = createRequire(import.meta.url)(new URL('../ngrams/large.js', largeEntry).pathname);
const eldVersion = JSON.parse(readFileSync(new URL('../../package.json', largeEntry), 'utf8')).version;

const largeIds = new Map(Object.entries(ngramsData.languages).map(([id, language]) => [language, id]));
const missing = CANDIDATE_LANGUAGES.filter((language) => !largeIds.has(language));
if (missing.length) throw new Error(`eld ${eldVersion} large has no ${missing.join(', ')}`);

/**
 * Ngrams grouped by their scores, `[candidate index, score, …]`: 112,000 ngrams share 14,000 score lists,
 * so the loader builds one object per list and the file stays near 1 MB.
 */
const groups = new Map();
for (const [ngram, scores] of Object.entries(ngramsData.ngrams)) {
  if (ngram.includes(NGRAM_SEPARATOR)) throw new Error(`ngram ${JSON.stringify(ngram)} holds the separator`);
  const kept = CANDIDATE_LANGUAGES.flatMap((language, index) => {
    const score = scores[largeIds.get(language)];
    return score === undefined ? [] : [index, score];
  });
  if (!kept.length) continue;
  const key = kept.join(',');
  const group = groups.get(key) ?? groups.set(key, { scores: kept, ngrams: [] }).get(key);
  group.ngrams.push(ngram);
}

// One group a line, so a rebuild's diff shows what changed.
const lines = [...groups.values()].map(({ scores, ngrams }) => JSON.stringify([scores, ngrams.join(NGRAM_SEPARATOR)]));
writeFileSync(
  OUTPUT,
  '{\n' +
    `"source": ${JSON.stringify(`eld ${eldVersion} "${ngramsData.type}" ngrams of the languages below; built by packages/core/scripts/buildLanguageModel.mjs`)},\n` +
    `"languages": ${JSON.stringify(CANDIDATE_LANGUAGES)},\n` +
    `"ngramSeparator": ${JSON.stringify(NGRAM_SEPARATOR)},\n` +
    `"groups": [\n${lines.join(',\n')}\n]\n}\n`,
);
const ngramCount = [...groups.values()].reduce((sum, group) => sum + group.ngrams.length, 0);
console.log(`${OUTPUT.pathname}: ${ngramCount} ngrams in ${groups.size} score groups, ${CANDIDATE_LANGUAGES.length} languages`);
