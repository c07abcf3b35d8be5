import type { DateWindow } from '@hx4/core';
import { NICK_FIELD_MAP } from './fieldNicks.js';
import { fieldText } from './fieldValues.js';

export interface ItemDate {
  /** The date as catalogued; null when the item has none. */
  raw: string | null;
  /** The nick the date was read from; null when no field holds a date. */
  source: string | null;
  year: number | null;
  /** `YYYY-MM-DD` when the item gives the day. */
  date: string | null;
  /** First and last year of a range or decade (`1939-1945`, `1940s`); then `year` is null. */
  span: [number, number] | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const YEAR = '(1[5-9]\\d{2}|20\\d{2})';
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2}),?\\s+${YEAR}(?!\\d)`, 'iu');
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH}\\s+${YEAR}(?!\\d)`, 'iu');
const RANGE = new RegExp(`(?<!\\d)${YEAR}\\s*(?:[-–—/]|to|and)\\s*${YEAR}(?!\\d)`, 'iu');
const DECADE = /(?<!\d)(1[5-9]\d|20\d)0'?s(?![\p{L}\p{N}])/gu;
/** Digit boundaries, not word boundaries: "_1942" and "1942a" still give 1942 (the reference's `\b` missed them). */
const STANDALONE_YEAR = new RegExp(`(?<!\\d)${YEAR}(?!\\d)`, 'gu');

/**
 * The item's date from its metadata: the first of `nicks` (the collection's creation-date candidates, best
 * first) that holds a date; `raw` and `source` are that field's text and nick. A date is, in order: a full
 * date (ISO, `June 6, 1944`, `6 June 1944`), a range of years, decades (`1940s` is 1940-1949, not 1940),
 * then the years standing in the text (several make a span). No field with a date: undated, `raw` the
 * first text found (`undated`, `n.d.`).
 */
export function itemDate(fields: Record<string, unknown>, nicks: readonly string[] = NICK_FIELD_MAP.date): ItemDate {
  const texts = nicks.flatMap((nick) => {
    const text = fieldText(fields[nick]);
    return text === null ? [] : [{ nick, text }];
  });
  for (const { nick, text } of texts) {
    const parsed = parseDate(text);
    if (parsed) return { raw: text, source: nick, ...parsed };
  }
  return { raw: texts[0]?.text ?? null, source: null, year: null, date: null, span: null };
}

function parseDate(text: string): Omit<ItemDate, 'raw' | 'source'> | null {
  const day = fullDate(text);
  if (day) return { year: Number(day.slice(0, 4)), date: day, span: null };
  const range = RANGE.exec(text);
  if (range) return yearsFound([Number(range[1]), Number(range[2])]);
  const decades = [...text.matchAll(DECADE)].map((match) => Number(match[1]) * 10);
  if (decades.length > 0) return { year: null, date: null, span: [Math.min(...decades), Math.max(...decades) + 9] };
  const years = [...text.matchAll(STANDALONE_YEAR)].map((match) => Number(match[1]));
  return years.length > 0 ? yearsFound(years) : null;
}

function yearsFound(years: number[]): Omit<ItemDate, 'raw' | 'source'> {
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? { year: first, date: null, span: null } : { year: null, date: null, span: [first, last] };
}

function fullDate(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) return validDay(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) return validDay(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

/** 1–12; 0 for a name that is none of the months. */
function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function validDay(year: number, month: number, day: number): string | null {
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Full dates are compared as dates, years as numbers, spans by overlap; undated items are kept, as the reference did. */
export function isInWindow({ year, date, span }: ItemDate, window: DateWindow): boolean {
  const [startYear, endYear] = [Number(window.start.slice(0, 4)), Number(window.end.slice(0, 4))];
  if (date !== null) return date >= window.start && date <= window.end;
  if (year !== null) return year >= startYear && year <= endYear;
  if (span !== null) return span[1] >= startYear && span[0] <= endYear;
  return true;
}
