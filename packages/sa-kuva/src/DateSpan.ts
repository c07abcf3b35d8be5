/** How exactly a date is known: one day, one month, one year, or a span between two of these. */
export type DatePrecision = 'day' | 'month' | 'year' | 'range';

/** The days a date covers, as ISO dates (`1942-07-15`), both inclusive; compared as strings. */
export interface DateSpan {
  first: string;
  last: string;
  precision: DatePrecision;
}

const DAY_MS = 86_400_000;

/** Days the span covers: the smaller, the more precise the date. */
export function spanDays({ first, last }: DateSpan): number {
  return (Date.parse(last) - Date.parse(first)) / DAY_MS + 1;
}

/** True when `inner` lies inside `outer`. */
export function spanWithin(inner: DateSpan, outer: DateSpan): boolean {
  return inner.first >= outer.first && inner.last <= outer.last;
}
