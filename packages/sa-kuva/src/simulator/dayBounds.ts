/**
 * One end of a date-range filter as the day it stands for: a year, month or day (`1941`, `1941-06`,
 * `1941-06-25`) read as its first day for a start and its last for an end; `*` is open (null). Undefined when
 * the text is none of these.
 */
export function dayBound(text: string, side: 'start' | 'end'): string | null | undefined {
  if (text === '*') return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return undefined;
  const lastDay = (m: number) => new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  if (day !== undefined) {
    return Number(day) >= 1 && Number(day) <= lastDay(Number(month)) ? text : undefined;
  }
  if (month !== undefined) return side === 'start' ? `${text}-01` : `${text}-${String(lastDay(Number(month))).padStart(2, '0')}`;
  return side === 'start' ? `${year}-01-01` : `${year}-12-31`;
}
