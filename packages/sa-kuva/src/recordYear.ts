export interface RecordYear {
  /** The year when the record names exactly one; null for ranges and anything unreadable. */
  year: number | null;
  /** First and last year the record's date covers (equal for one year); null when there is no year. */
  first: number | null;
  last: number | null;
}

const ONE_YEAR = /^\s*(\d{4})\s*$/u;
const YEAR_RANGE = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/u;

/** Reads Finna's `year` text: `1942`, or a range such as `1941-1944`; numbers, never a date parser's guess. */
export function recordYear(text: unknown): RecordYear {
  if (typeof text !== 'string') return { year: null, first: null, last: null };
  const single = ONE_YEAR.exec(text);
  if (single) {
    const year = Number(single[1]);
    return { year, first: year, last: year };
  }
  const range = YEAR_RANGE.exec(text);
  if (range && Number(range[1]) <= Number(range[2])) return { year: null, first: Number(range[1]), last: Number(range[2]) };
  return { year: null, first: null, last: null };
}
