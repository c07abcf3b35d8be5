import { between, weighted } from '@hx4/testkit';

/** Inclusive days (`YYYY-MM-DD`) a record's date covers, as Finna indexes it for the date-range filter. */
export interface DayRange {
  start: string;
  end: string;
}

/** The LIDO event that dates a record, as the API's `events` lists it. */
export interface SimEvent {
  /** `kuvaus` (photographing) or `valmistus` (making). */
  type: 'kuvaus' | 'valmistus';
  date: string;
}

/** A record's date as Finna indexes and shows it. */
export interface SimDate {
  dates: DayRange | null;
  /** Finna's `year` (`main_date_str`): the first year of the indexed range; null when undated. */
  year: string | null;
  /** The year Finna sorts by (`main_date_str`). */
  mainYear: number | null;
  /** `1942.07.15`, as SA-kuva captions begin, for records dated to the day. */
  dayText: string | null;
  event: SimEvent | null;
  /**
   * The event's display date as a subject heading: Finna's LIDO driver lists the display dates of all events
   * but the making (`valmistus`) among the subjects. Null for an event shown from its earliest and latest
   * dates (`15.7.1942`), which has no display date.
   */
  dateHeading: string | null;
}

/** Where a war photograph's year falls: most of the archive is from the Continuation War. */
const WAR_YEARS: ReadonlyArray<readonly [number, number]> = [
  [1939, 0.05],
  [1940, 0.12],
  [1941, 0.22],
  [1942, 0.22],
  [1943, 0.14],
  [1944, 0.2],
  [1945, 0.05],
];
/** Days photographs were taken in the first and last war years, inside the default window. */
const YEAR_SPAN: Record<number, readonly [string, string]> = { 1939: ['09-01', '12-31'], 1945: ['01-01', '09-02'] };
/** Days in the first and last years of the default window but outside it (it runs 1939-09-01 … 1945-09-02). */
const EDGE_SPANS: readonly [readonly [string, string], readonly [string, string]] = [
  ['1939-06-01', '1939-08-31'],
  ['1945-09-03', '1945-12-31'],
];

/**
 * - `day`: photographed on one day (most of SA-kuva);
 * - `edge`: one day in a war year's edge, found by the year filter but outside the window by its day;
 * - `year`: dated to a year by a subject date, which the API shows only as `year`;
 * - `before`: 1938 to 1939 the same way: `year` says 1938, the range Finna matched reaches into the window;
 * - `after`, `range`: made over several years (`1945-1946`, `1941-1944`), shown as a making event;
 * - `undated`; `outside`: 1950, which no war-time search finds.
 */
type DateKind = 'day' | 'edge' | 'year' | 'before' | 'after' | 'range' | 'undated' | 'outside';
const DATE_KINDS: ReadonlyArray<readonly [DateKind, number]> = [
  ['day', 0.88],
  ['edge', 0.02],
  ['year', 0.03],
  ['before', 0.015],
  ['after', 0.015],
  ['range', 0.01],
  ['undated', 0.01],
  ['outside', 0.01],
];

/** A third of the day-dated records has no display date, so Finna shows the date as `j.n.Y`. */
const WITHOUT_DISPLAY_DATE = 1 / 3;

export function simDate(draw: (name: string) => number): SimDate {
  const year = weighted(draw('year'), WAR_YEARS);
  switch (weighted(draw('date'), DATE_KINDS)) {
    case 'day': {
      const [first, last] = YEAR_SPAN[year] ?? ['01-01', '12-31'];
      return photographed(dayIn(`${year}-${first}`, `${year}-${last}`, draw('day')), draw);
    }
    case 'edge': {
      const [start, end] = EDGE_SPANS[draw('edge') < 0.5 ? 0 : 1];
      return photographed(dayIn(start, end, draw('day')), draw);
    }
    case 'year':
      return yearOnly(year, `${year}-01-01`, `${year}-12-31`);
    case 'before':
      return yearOnly(1938, '1938-06-01', '1939-12-31');
    case 'after':
      return made(1945, 1946, '1945-06-01', '1946-06-30');
    case 'range':
      return made(1941, 1944, '1941-01-01', '1944-12-31');
    case 'outside':
      return yearOnly(1950, '1950-05-01', '1950-05-01');
    case 'undated':
      return { dates: null, year: null, mainYear: null, dayText: null, event: null, dateHeading: null };
  }
}

function photographed(day: string, draw: (name: string) => number): SimDate {
  // `day` is `YYYY-MM-DD`.
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const dayOfMonth = Number(day.slice(8, 10));
  const displayed = draw('display-date') >= WITHOUT_DISPLAY_DATE;
  return {
    dates: { start: day, end: day },
    year: String(year),
    mainYear: year,
    dayText: day.replaceAll('-', '.'),
    event: { type: 'kuvaus', date: displayed ? day : `${dayOfMonth}.${month}.${year}` },
    dateHeading: displayed ? day : null,
  };
}

function yearOnly(year: number, start: string, end: string): SimDate {
  return { dates: { start, end }, year: String(year), mainYear: year, dayText: null, event: null, dateHeading: null };
}

function made(from: number, to: number, start: string, end: string): SimDate {
  return { ...yearOnly(from, start, end), event: { type: 'valmistus', date: `${from}-${to}` } };
}

function dayIn(first: string, last: string, draw: number): string {
  const start = Date.parse(`${first}T00:00:00Z`);
  const days = Math.round((Date.parse(`${last}T00:00:00Z`) - start) / 86_400_000);
  return new Date(start + between(0, days, draw) * 86_400_000).toISOString().slice(0, 10);
}
