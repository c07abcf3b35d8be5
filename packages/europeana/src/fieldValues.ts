import { stringValues } from '@hx4/core';
import type { EuropeanaItem } from './EuropeanaItem.js';

type Labels = EuropeanaItem['edmConceptLabel'];
type LanguageMap = EuropeanaItem['dcTitleLangAware'];

/** The `def` strings of a label list like `edmTimespanLabel: [{ def: '1943' }]`. */
export function defValues(labels: Labels): string[] {
  return stringValues((labels ?? []).map((label) => label.def));
}

/** The non-blank values a language map holds for one language. */
export function languageValues(map: LanguageMap, language: string): string[] {
  return stringValues(map?.[language]);
}

/** Every non-blank value of a language map, whatever its language. */
export function allLanguageValues(map: LanguageMap): string[] {
  return map
    ? Object.keys(map)
        .sort()
        .flatMap((language) => stringValues(map[language]))
    : [];
}
