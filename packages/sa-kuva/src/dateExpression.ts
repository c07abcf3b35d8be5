import type { DateSpan } from './DateSpan.js';

/**
 * Full dates as Finna records write them: Finnish `15.7.1942` / `15.07.1942` (also what Finna's LIDO driver
 * shows for an event without a display date, format `j.n.Y`), ISO `1942-07-15` (SA-kuva's event dates) and
 * `1942.07.15` (SA-kuva captions).
 */
const DAYS: readonly RegExp[] = [
  /^(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})$/u,
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/u,
  /^(?<year>\d{4})\.(?<month>\d{2})\.(?<day>\d{2})$/u,
];
const MONTHS: readonly RegExp[] = [/^(?<year>\d{4})-(?<month>\d{2})$/u, /^(?<month>\d{1,2})\.(?<year>\d{4})$/u];
const YEAR = /^(?<year>\d{4})$/u;
/** A Finnish decade: `1960-luku`, `1960 luku` ("the 1960s"). */
const DECADE = /^(?<decade>\d{3}0)[\s-]?luku$/u;
/** Where a range may be split: a hyphen or en dash, spaced or not (`1941-1944`, `2.3.1942 – 5.3.1942`). */
const RANGE_SEPARATOR = /\s*[-–]\s*/gu;

/**
 * The span a text names when the whole text is a date: a day, a month, a year, a decade, or a range of any
 * two of these. Null for anything else (`1960-luvulla`, `kesä 1942`): a date is never guessed from part of a
 * text here, numbers stay numbers.
 */
export function dateExpression(text: string): DateSpan | null {
  const trimmed = text.trim();
  return singleDate(trimmed) ?? dateRange(trimmed);
}

function singleDate(text: string): DateSpan | null {
  for (const pattern of DAYS) {
    const groups = pattern.exec(text)?.groups;
    if (groups) return day(Number(groups.year), Number(groups.month), Number(groups.day));
  }
  for (const pattern of MONTHS) {
    const groups = pattern.exec(text)?.groups;
    if (groups) return month(Number(groups.year), Number(groups.month));
  }
  const year = YEAR.exec(text)?.groups?.year;
  if (year) return { first: `${year}-01-01`, last: `${year}-12-31`, precision: 'year' };
  const decade = DECADE.exec(text)?.groups?.decade;
  if (decade) return { first: `${decade}-01-01`, last: `${Number(decade) + 9}-12-31`, precision: 'range' };
  return null;
}

/** Tries every separator, since ISO dates hold hyphens themselves (`1942-03-02-1942-03-05`). */
function dateRange(text: string): DateSpan | null {
  for (const separator of text.matchAll(RANGE_SEPARATOR)) {
    const from = singleDate(text.slice(0, separator.index));
    const to = singleDate(text.slice(separator.index + separator[0].length));
    if (!from || !to || from.first > to.last) continue;
    // Finna writes an event dated to one year as `1942-1942`.
    if (from.first === to.first && from.last === to.last) return from;
    return { first: from.first, last: to.last, precision: 'range' };
  }
  return null;
}

function day(year: number, monthNumber: number, dayNumber: number): DateSpan | null {
  if (monthNumber < 1 || monthNumber > 12 || dayNumber < 1 || dayNumber > daysInMonth(year, monthNumber)) return null;
  const iso = `${pad(year, 4)}-${pad(monthNumber, 2)}-${pad(dayNumber, 2)}`;
  return { first: iso, last: iso, precision: 'day' };
}

function month(year: number, monthNumber: number): DateSpan | null {
  if (monthNumber < 1 || monthNumber > 12) return null;
  const prefix = `${pad(year, 4)}-${pad(monthNumber, 2)}`;
  return { first: `${prefix}-01`, last: `${prefix}-${pad(daysInMonth(year, monthNumber), 2)}`, precision: 'month' };
}

function daysInMonth(year: number, monthNumber: number): number {
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}
