import { between, weighted } from '@hx4/testkit';

/** How a simulated item's date is catalogued: the display date (`date`) and SMU's ISO date (`datea`). */
export interface SimDate {
  display: string;
  iso: string;
}

type DateKind = 'day' | 'iso-day' | 'year' | 'circa' | 'decade' | 'range' | 'undated' | 'late' | 'early';
const DATE_KINDS: ReadonlyArray<readonly [DateKind, number]> = [
  ['day', 0.33],
  ['iso-day', 0.1],
  ['year', 0.2],
  ['circa', 0.1],
  ['decade', 0.07],
  ['range', 0.05],
  ['undated', 0.05],
  ['late', 0.07],
  ['early', 0.03],
];
/** Mostly the war years; some before and after, all inside the default window. */
const YEARS: ReadonlyArray<readonly [number, number]> = [
  [1918, 0.05],
  [1927, 0.04],
  [1936, 0.04],
  [1941, 0.12],
  [1942, 0.15],
  [1943, 0.16],
  [1944, 0.17],
  [1945, 0.12],
  [1952, 0.08],
  [1963, 0.07],
];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function simDate(kindDraw: number, yearDraw: number, dayDraw: number): SimDate {
  const year = weighted(yearDraw, YEARS);
  const month = between(1, 12, dayDraw);
  const day = between(1, 28, (dayDraw * 12) % 1);
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  switch (weighted(kindDraw, DATE_KINDS)) {
    case 'day':
      return { display: `${MONTH_NAMES[month - 1]} ${day}, ${year}`, iso };
    case 'iso-day':
      return { display: iso, iso };
    case 'year':
      return { display: String(year), iso: String(year) };
    case 'circa':
      return { display: `circa ${year}`, iso: String(year) };
    case 'decade':
      return { display: `${Math.floor(year / 10) * 10}s`, iso: '' };
    case 'range':
      return { display: '1939–1945', iso: '' };
    case 'undated':
      return { display: '', iso: '' };
    case 'late':
      return { display: `${1980 + (year % 10)}`, iso: `${1980 + (year % 10)}` };
    case 'early':
      return { display: `ca. 1889`, iso: '1889' };
  }
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
