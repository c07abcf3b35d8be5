import { normalise, stringValues, wordStartMatcher, type AdapterOptions, type DateWindow, type RowResult } from '@hx4/core';
import { englishDescription, englishTitle, taggedEnglishDescription } from './englishText.js';
import type { EuropeanaItem } from './EuropeanaItem.js';
import { EXCLUDED_CREATORS, EXCLUDED_PROVIDERS, EXCLUDED_SUBJECTS, USELESS_TERMS } from './exclusions.js';
import { extractYear, type ItemDate } from './extractYear.js';
import { allLanguageValues, defValues } from './fieldValues.js';
import { imageUrl } from './imageUrl.js';
import { itemRef } from './itemRef.js';

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
  if (defValues(item.edmConceptLabel).some(isExcludedSubject)) {
    return { drop: 'excluded subject' };
  }
  const itemDate = extractYear(item);
  if (options.window && !isInWindow(itemDate, options.window)) return { drop: 'out of date window' };
  if ([...stringValues(item.title), ...allLanguageValues(item.dcTitleLangAware)].some(hasUselessTerm)) {
    return { drop: 'useless title' };
  }
  const description = taggedEnglishDescription(item);
  if (description && hasUselessTerm(description)) return { drop: 'useless description' };
  const image = imageUrl(item);
  if (typeof image !== 'string') return image;

  return {
    doc_id: ref.id,
    id: ref.id.slice(1).replaceAll('/', '_'),
    img_url: image,
    doc_url: ref.url,
    raw_doc_date: itemDate.raw,
    doc_year: itemDate.year,
    doc_date: itemDate.date ?? (itemDate.year === null ? null : String(itemDate.year)),
    ...(itemDate.source === null ? {} : { dateSource: itemDate.source }),
    country: stringValues(item.country)[0] ?? null,
    // The record's rights statement (a rightsstatements.org or Creative Commons URL).
    extra: { rights: stringValues(item.rights)[0] ?? null },
    title: englishTitle(item, options.meaninglessWords),
    description: englishDescription(description),
  };
}

/** The whole label, or one part of a heading like `Monasterio de las Huelgas (Burgos)-Grabados`. */
function isExcludedSubject(label: string): boolean {
  const subject = normalise(label);
  return excludedSubjects.has(subject) || subject.split(/\s*-\s*/u).some((part) => excludedSubjects.has(part));
}

/**
 * Full dates are compared as dates, lone years as years, spans (`1840s`, `1920/1940`) by overlap: one
 * wholly outside the window is out, one reaching into it is kept undated; undated items are kept.
 */
function isInWindow({ year, date, span }: ItemDate, window: DateWindow): boolean {
  const [startYear, endYear] = [Number(window.start.slice(0, 4)), Number(window.end.slice(0, 4))];
  if (date !== null) return date >= window.start && date <= window.end;
  if (year !== null) return year >= startYear && year <= endYear;
  if (span !== null) return span[1] >= startYear && span[0] <= endYear;
  return true;
}
