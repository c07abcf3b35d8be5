import type { AdapterOptions, DateWindow, RowResult } from '@hx4/core';
import { englishDescription, englishTitle, taggedEnglishDescription } from './englishText.js';
import type { EuropeanaItem } from './EuropeanaItem.js';
import { EXCLUDED_CREATORS, EXCLUDED_PROVIDERS, EXCLUDED_SUBJECTS, USELESS_TERMS } from './exclusions.js';
import { extractYear, type ItemDate } from './extractYear.js';
import { allLanguageValues, defValues, stringValues } from './fieldValues.js';
import { jpegImageUrl } from './imageUrl.js';
import { itemRef } from './itemRef.js';
import { normalise, wordStartMatcher } from './matchers.js';

const excludedProviders = new Set(EXCLUDED_PROVIDERS);
const excludedSubjects = new Set(EXCLUDED_SUBJECTS);
const hasUselessTerm = wordStartMatcher(USELESS_TERMS);

/** One Europeana search item → the archive columns of a row, or the reason it is dropped. */
export function itemToRow(item: EuropeanaItem, options: AdapterOptions): RowResult {
  const ref = itemRef(item);
  if (!ref) return { drop: 'no record id' };
  if (stringValues(item.dataProvider).some((provider) => excludedProviders.has(normalise(provider)))) {
    return { drop: 'excluded provider' };
  }
  const creators = stringValues(item.dcCreator).map(normalise);
  if (creators.some((creator) => EXCLUDED_CREATORS.some((excluded) => creator.includes(excluded)))) {
    return { drop: 'excluded creator' };
  }
  if (defValues(item.edmConceptLabel).some((subject) => excludedSubjects.has(normalise(subject)))) {
    return { drop: 'excluded subject' };
  }
  const itemDate = extractYear(item);
  if (options.window && !isInWindow(itemDate, options.window)) return { drop: 'out of date window' };
  if ([...stringValues(item.title), ...allLanguageValues(item.dcTitleLangAware)].some(hasUselessTerm)) {
    return { drop: 'useless title' };
  }
  const description = taggedEnglishDescription(item);
  if (description && hasUselessTerm(description)) return { drop: 'useless description' };
  const imageUrl = jpegImageUrl(item);
  if (typeof imageUrl !== 'string') return imageUrl;

  return {
    doc_id: ref.id,
    id: ref.id.slice(1).replaceAll('/', '_'),
    img_url: imageUrl,
    doc_url: ref.url,
    raw_doc_date: itemDate.raw,
    doc_year: itemDate.year,
    doc_date: itemDate.date ?? (itemDate.year === null ? null : String(itemDate.year)),
    country: stringValues(item.country)[0] ?? null,
    // The record's rights statement (a rightsstatements.org or Creative Commons URL).
    extra: { rights: stringValues(item.rights)[0] ?? null },
    title: englishTitle(item, options.meaninglessWords),
    description: englishDescription(description),
  };
}

/** Full dates are compared as dates, lone years as years; undated items are kept. */
function isInWindow({ year, date }: ItemDate, window: DateWindow): boolean {
  if (date !== null) return date >= window.start && date <= window.end;
  if (year === null) return true;
  return year >= Number(window.start.slice(0, 4)) && year <= Number(window.end.slice(0, 4));
}
