import { between, hash32, pickFrom, unitHash, weighted, type ImageKind, type ImageSpec } from '@hx4/testkit';
import { CAPTIONS, PHOTOGRAPHERS, SCENES, WAR_PERIODS, type WarPeriod } from './finnishText.js';

/** Inclusive days (`YYYY-MM-DD`) a record's date covers, as Finna indexes it for the date-range filter. */
export interface DayRange {
  start: string;
  end: string;
}

/** What a record is, whichever query finds it. */
export interface SimRecord {
  index: number;
  id: string;
  /** False for the few records of another organisation that a search without the collection filter finds. */
  saKuva: boolean;
  freeOnline: boolean;
  /** False for a record of a physical object (with a photo of it), which the image filter leaves out. */
  photograph: boolean;
  dates: DayRange | null;
  /** Finna's `year` text; null when undated. */
  year: string | null;
  /** The year Finna sorts by (`main_date_str`). */
  mainYear: number | null;
  /** `1942.07.15`, as SA-kuva captions begin, for records dated to the day. */
  dayText: string | null;
  period: WarPeriod;
  place: string;
  caption: string;
  scene: string;
  photographer: string;
  hasSummary: boolean;
  image: ImageSpec | null;
}

const ID_BASE = 20_000;
export const SA_KUVA_ID_PREFIX = 'sa-kuva.sa-kuva-';
export const OTHER_ID_PREFIX = 'musketti.M012:HK';

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
/** Days photographs were taken in the first and last war years. */
const YEAR_SPAN: Record<number, readonly [string, string]> = { 1939: ['09-01', '12-31'], 1945: ['01-01', '10-31'] };

type DateKind = 'day' | 'year' | 'before' | 'after' | 'range' | 'undated' | 'outside';
const DATE_KINDS: ReadonlyArray<readonly [DateKind, number]> = [
  ['day', 0.9],
  ['year', 0.03],
  ['before', 0.015],
  ['after', 0.015],
  ['range', 0.01],
  ['undated', 0.01],
  ['outside', 0.01],
];

const IMAGE_KINDS: ReadonlyArray<readonly [ImageKind | 'none', number]> = [
  ['jpeg', 0.6],
  ['gray', 0.3],
  ['exif-rotated', 0.015],
  ['png-alpha', 0.01],
  ['truncated', 0.01],
  ['html', 0.01],
  ['missing', 0.015],
  ['none', 0.04],
];

export function simRecord(seed: number, index: number, imageSize: readonly [number, number]): SimRecord {
  const draw = (name: string) => unitHash(seed, name, index);
  const saKuva = draw('organisation') >= 0.05;
  const date = recordDate(weighted(draw('date'), DATE_KINDS), draw('year'), draw('day'));
  const period = periodOf(date.dates?.start ?? '1941-06-25');
  return {
    index,
    id: `${saKuva ? SA_KUVA_ID_PREFIX : OTHER_ID_PREFIX}${ID_BASE + index}`,
    saKuva,
    freeOnline: draw('free') >= 0.03,
    photograph: draw('format') >= 0.02,
    ...date,
    period,
    place: pickFrom(period.places, draw('place')),
    caption: pickFrom(CAPTIONS, draw('caption')),
    scene: pickFrom(SCENES, draw('scene')),
    photographer: pickFrom(PHOTOGRAPHERS, draw('photographer')),
    hasSummary: draw('summary') < 0.3,
    image: image(seed, index, imageSize),
  };
}

/** The index of the record `id` names, whether or not it was generated yet; null for ids not of this corpus. */
export function recordIndex(id: string): number | null {
  const prefix = [SA_KUVA_ID_PREFIX, OTHER_ID_PREFIX].find((candidate) => id.startsWith(candidate));
  const number = prefix === undefined ? '' : id.slice(prefix.length);
  return /^\d+$/.test(number) && Number(number) >= ID_BASE ? Number(number) - ID_BASE : null;
}

type RecordDate = Pick<SimRecord, 'dates' | 'year' | 'mainYear' | 'dayText'>;

/** Mostly single days of the war years; some whole years, year ranges, dates around the window's edges. */
function recordDate(kind: DateKind, yearDraw: number, dayDraw: number): RecordDate {
  const loose = (year: string, mainYear: number, start: string, end: string): RecordDate => ({
    dates: { start, end },
    year,
    mainYear,
    dayText: null,
  });
  const year = weighted(yearDraw, WAR_YEARS);
  switch (kind) {
    case 'day': {
      const day = dayIn(year, dayDraw);
      return { dates: { start: day, end: day }, year: String(year), mainYear: year, dayText: day.replaceAll('-', '.') };
    }
    case 'year':
      return loose(String(year), year, `${year}-01-01`, `${year}-12-31`);
    case 'before':
      return loose('1938', 1938, '1938-06-01', '1939-12-31');
    case 'after':
      return loose('1946', 1946, '1945-06-01', '1946-06-30');
    case 'range':
      return loose('1941-1944', 1941, '1941-01-01', '1944-12-31');
    case 'outside':
      return loose('1950', 1950, '1950-05-01', '1950-05-01');
    case 'undated':
      return { dates: null, year: null, mainYear: null, dayText: null };
  }
}

function dayIn(year: number, draw: number): string {
  const [first, last] = YEAR_SPAN[year] ?? ['01-01', '12-31'];
  const start = Date.parse(`${year}-${first}T00:00:00Z`);
  const days = Math.round((Date.parse(`${year}-${last}T00:00:00Z`) - start) / 86_400_000);
  return new Date(start + between(0, days, draw) * 86_400_000).toISOString().slice(0, 10);
}

function periodOf(day: string): WarPeriod {
  return WAR_PERIODS.find((period) => day <= period.end) ?? WAR_PERIODS[WAR_PERIODS.length - 1];
}

function image(seed: number, index: number, [width, height]: readonly [number, number]): ImageSpec | null {
  const kind = weighted(unitHash(seed, 'image-kind', index), IMAGE_KINDS);
  if (kind === 'none') return null;
  const portrait = unitHash(seed, 'portrait', index) < 0.25;
  return { seed: hash32(seed, 'image', index), kind, width: portrait ? height : width, height: portrait ? width : height };
}
