import { stringValues } from '@hx4/core';
import type { EuropeanaItem } from './EuropeanaItem.js';
import { defValues, languageValues } from './fieldValues.js';

export interface ItemDate {
  /** The item's own date text (its timespan labels, else `year`), joined with "; "; null when it has none. */
  raw: string | null;
  year: number | null;
  /** `YYYY-MM-DD` when a full date agrees with the year. */
  date: string | null;
  /** First and last year of a decade, range or interval (`1840s`, `1939-1945`, `1920/1940`); then `year` is null. */
  span: [number, number] | null;
  /** The field the year was read from; null when undated. */
  source: 'year' | 'edmTimespanLabel' | null;
}

/** An ISO 8601 date, alone or inside other text; not one end of an interval (`1948-07-20/1948-07-23`). */
const FULL_DATE = /(?<![\d/])(\d{4})-(\d{2})-(\d{2})(?![\d/])/u;
const YEAR_ONLY = /^(\d{4})$/u;
/** `1939-1945`, `1920/1940`, `1948-07-20/1948-07-23`: a whole label that spans from one date to another. */
const INTERVAL = /^(\d{4})(?:-\d{2}(?:-\d{2})?)?\s*[-–/]\s*(\d{4})(?:-\d{2}(?:-\d{2})?)?$/u;
const DECADE = /^(\d{3})0s$/u;
/**
 * A year standing on its own ("ca. 1943", "1944-09"): not part of "1940s", a range ("1939-1945",
 * "1920/1940"), a word ("1900-luku", Finnish for the 1900s) or a longer number.
 */
const STANDALONE_YEAR = /(?<![\p{L}\p{N}]|\d{4}\s?[-–/]\s?)(\d{4})(?![\p{L}\p{N}]|\s?[-–/]\s?(?:\d{4}|\p{L}))/u;
const URI = /^https?:\/\//u;

/**
 * The item's year and, when known, its full date. In order: `year[0]`; a full `YYYY-MM-DD` label; an
 * interval or range inside one year (`1948-07-20/1948-07-23` is 1948); a label that is just a year; a
 * year standing alone in a label. A decade or a range over several years gives no year but a span, so
 * the window can still drop an item wholly outside it (an engraving of the "1840s"); centuries give
 * nothing. Only the provider's labels are read, not the century labels Europeana adds in 26 languages.
 */
export function extractYear(item: EuropeanaItem): ItemDate {
  const labels = providerTimespanLabels(item);
  const years = stringValues(item.year).map((year) => year.trim());
  const rawParts = labels.length > 0 ? labels : years;
  const raw = rawParts.length > 0 ? rawParts.join('; ') : null;

  const year = yearOf(years[0]);
  const fullDate = labels.map(validFullDate).find((date) => date !== null) ?? null;
  if (year !== null) return { raw, year, date: fullDate?.startsWith(String(year)) ? fullDate : null, span: null, source: 'year' };
  if (fullDate !== null) return labelDate(raw, Number(fullDate.slice(0, 4)), fullDate);
  const span = labels.map(spanOf).find((found) => found !== null) ?? null;
  if (span !== null && span[0] === span[1]) return labelDate(raw, span[0], null);
  const labelYear = labels.map(yearOf).find((found) => found !== null) ?? labels.map(standaloneYear).find((found) => found !== null);
  if (labelYear !== undefined) return labelDate(raw, labelYear, null);
  return { raw, year: null, date: null, span, source: null };
}

function labelDate(raw: string | null, year: number, date: string | null): ItemDate {
  return { raw, year, date, span: null, source: 'edmTimespanLabel' };
}

/**
 * The timespan labels the provider wrote: the language-neutral ones (`def`, `zxx`) of the language map
 * when it has any, else every label; never an authority URI (wikidata, LoC, Getty).
 */
function providerTimespanLabels(item: EuropeanaItem): string[] {
  const langAware = item.edmTimespanLabelLangAware;
  const neutral = [...languageValues(langAware, 'def'), ...languageValues(langAware, 'zxx')];
  const labels = neutral.length > 0 ? neutral : defValues(item.edmTimespanLabel);
  return [...new Set(labels.map((label) => label.trim()))].filter((label) => !URI.test(label));
}

function yearOf(text: string | undefined): number | null {
  const match = text === undefined ? null : YEAR_ONLY.exec(text);
  return match ? Number(match[1]) : null;
}

function standaloneYear(label: string): number | null {
  const match = STANDALONE_YEAR.exec(label);
  return match ? Number(match[1]) : null;
}

function spanOf(label: string): [number, number] | null {
  const decade = DECADE.exec(label);
  if (decade) return [Number(decade[1]) * 10, Number(decade[1]) * 10 + 9];
  const interval = INTERVAL.exec(label);
  if (!interval) return null;
  const [from, to] = [Number(interval[1]), Number(interval[2])];
  return from <= to ? [from, to] : null;
}

function validFullDate(label: string): string | null {
  const match = FULL_DATE.exec(label);
  if (!match) return null;
  const [, year, month, day] = match;
  const parsed = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return parsed.getUTCFullYear() === Number(year) && parsed.getUTCMonth() === Number(month) - 1 && parsed.getUTCDate() === Number(day)
    ? `${year}-${month}-${day}`
    : null;
}
