import { nonBlankText, wholeNumber, type DateWindow } from '@hx4/core';
import type { NaraDate, NaraRecord } from './NaraRecord.js';

export interface RecordDate {
  /** The record's own date as text (`1943-06-04`, `ca. 1943`, `1942/1945`); null when it has none. */
  raw: string | null;
  year: number | null;
  /** `YYYY-MM-DD` when the record gives the day. */
  date: string | null;
  /** First and last year of a coverage period spanning several years (then `year` is null). */
  span: [number, number] | null;
}

interface ExactDate {
  year: number;
  /** `YYYY-MM-DD`, or null when only the year (or year and month) is known. */
  day: string | null;
  text: string;
}

const NO_DATE: RecordDate = { raw: null, year: null, date: null, span: null };
const LOGICAL_DATE = /^(\d{4})-(\d{2})-(\d{2})/u;
/** A plausible photograph year on its own: not part of "1940s", "1939-1945", "111-SC-1944" or a longer number. */
const STANDALONE_YEAR = /(?<![\p{L}\p{N}]|[\p{L}\p{N}][-–/])(18[3-9]\d|19\d\d|20\d\d)(?![\p{L}\p{N}]|[-–/][\p{L}\p{N}])/u;

/**
 * The record's date, in order: the first readable production date; else its coverage period (one
 * year, or a span of years); else, as the reference did, a year standing alone in the description.
 * Year-only dates are stored by the Catalog as January 1, so a day is only taken from the explicit
 * year/month/day fields, or from a `logicalDate` that is not January 1.
 */
export function recordDate(record: NaraRecord): RecordDate {
  const production = (record.productionDates ?? []).map(readDate).find((date) => date !== null);
  if (production) return { raw: production.text, year: production.year, date: production.day, span: null };

  // Recorded answers carry the period as top-level `coverageStartDate`/`coverageEndDate`; some
  // clients read a `coverageDates` object, so that is read when the top-level ones are absent.
  const nested = record.coverageDates ?? {};
  const start = readDate(record.coverageStartDate ?? nested.coverageStartDate);
  const end = readDate(record.coverageEndDate ?? nested.coverageEndDate) ?? start;
  if (start && end) {
    const raw = start.text === end.text ? start.text : `${start.text}/${end.text}`;
    if (start.year !== end.year) return { raw, year: null, date: null, span: [start.year, end.year] };
    return { raw, year: start.year, date: start.day === end.day ? start.day : null, span: null };
  }

  const described = STANDALONE_YEAR.exec(record.scopeAndContentNote ?? '');
  return described ? { ...NO_DATE, year: Number(described[1]) } : NO_DATE;
}

/** Full dates are compared as dates, years as years, spans by overlap; undated records are kept. */
export function isInWindow({ year, date, span }: RecordDate, window: DateWindow): boolean {
  const [startYear, endYear] = [Number(window.start.slice(0, 4)), Number(window.end.slice(0, 4))];
  if (date !== null) return date >= window.start && date <= window.end;
  if (year !== null) return year >= startYear && year <= endYear;
  if (span !== null) return span[1] >= startYear && span[0] <= endYear;
  return true;
}

function readDate(value: NaraDate | undefined): ExactDate | null {
  if (value === undefined) return null;
  const logical = typeof value.logicalDate === 'string' ? LOGICAL_DATE.exec(value.logicalDate) : null;
  const year = wholeNumber(value.year) ?? (logical ? Number(logical[1]) : null);
  if (year === null || year < 1 || year > 9999) return null;
  const explicitDay = validDay(year, wholeNumber(value.month), wholeNumber(value.day));
  const logicalDay =
    value.year === undefined && logical && `${logical[2]}-${logical[3]}` !== '01-01'
      ? validDay(year, Number(logical[2]), Number(logical[3]))
      : null;
  const exactDay = explicitDay ?? logicalDay;
  const month = wholeNumber(value.month);
  const shown = exactDay ?? (month !== null && month >= 1 && month <= 12 ? `${pad(year, 4)}-${pad(month, 2)}` : pad(year, 4));
  const qualifier = nonBlankText(value.dateQualifier);
  // "ca. 1943-06-04" is still about 1943, but not about that day.
  return { year, day: qualifier ? null : exactDay, text: qualifier ? `${qualifier} ${shown}` : shown };
}

function validDay(year: number, month: number | null, day: number | null): string | null {
  if (month === null || day === null) return null;
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
