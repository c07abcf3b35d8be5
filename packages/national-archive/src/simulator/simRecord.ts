import { hash32, pickCyclic, pickFrom, weighted, unitHash, type ImageKind, type ImageSpec } from '@hx4/testkit';
import type { NaraAncestor, NaraDate } from '../NaraRecord.js';
import { EXCLUDED_SERIES, RECORD_GROUPS, SERIES, WAR_YEARS, WARS, type War } from './catalogText.js';

/** One digital object: an image (possibly named `.JPG` or `.png`), a PDF or a video. */
export type SimObject = { type: 'image'; spec: ImageSpec; upperCase: boolean } | { type: 'pdf' } | { type: 'video' };

/** How a record's text relates to the query that finds it. */
export type TitleKind = 'caption' | 'useless' | 'unrelated' | 'missing';

/** What a record is, whichever query finds it. */
export interface SimRecord {
  index: number;
  naId: number;
  war: War;
  /** Picks places, units and photographers from the war's lists. */
  detail: number;
  titleKind: TitleKind;
  titleVariant: number;
  /** null: no scopeAndContentNote. */
  description: 'caption' | 'useless' | 'unrelated' | 'dated' | null;
  descriptionVariant: number;
  /** Record group, then series; null when the record has no `ancestors` at all. */
  ancestors: NaraAncestor[] | null;
  /** The coverage period top-level, as recorded answers carry it. */
  dates: { productionDates?: NaraDate[]; coverageStartDate?: NaraDate; coverageEndDate?: NaraDate };
  /** The year a `dated` description names. */
  year: number;
  /** null: no `digitalObjects` field. */
  objects: SimObject[] | null;
}

const IMAGE_KINDS: ReadonlyArray<readonly [ImageKind, number]> = [
  ['jpeg', 0.86],
  ['gray', 0.04],
  ['exif-rotated', 0.025],
  ['truncated', 0.02],
  ['html', 0.015],
  ['missing', 0.02],
];
/** Records that show the image of the record before them, as photographs catalogued twice do. */
const SHARED_IMAGE_SHARE = 0.01;

export function simRecord(seed: number, index: number, imageSize: readonly [number, number]): SimRecord {
  const draw = (name: string) => unitHash(seed, name, index);
  const war = pickFrom(WARS, draw('war'));
  const year = WAR_YEARS[war][0] + Math.floor(draw('year') * (WAR_YEARS[war][1] - WAR_YEARS[war][0] + 1));
  const dates = recordDates(year, draw('dates'), draw('month'), draw('day'));
  const titleDraw = draw('title');
  const titleKind: TitleKind = titleDraw < 0.03 ? 'missing' : titleDraw < 0.07 ? 'useless' : titleDraw < 0.13 ? 'unrelated' : 'caption';
  return {
    index,
    // Unique and rising with the index, like catalog naIds in one series.
    naId: 500_000 + index * 17 + (hash32(seed, 'naId', index) % 17),
    war,
    detail: hash32(seed, 'detail', index),
    titleKind,
    titleVariant: hash32(seed, 'title-variant', index),
    description: description(titleKind, draw('description'), Object.keys(dates).length === 0),
    descriptionVariant: hash32(seed, 'description-variant', index),
    ancestors: ancestors(draw('ancestors'), hash32(seed, 'series', index)),
    dates,
    year,
    objects: objects(seed, draw('shared') < SHARED_IMAGE_SHARE && index > 0 ? index - 1 : index, draw('objects'), imageSize),
  };
}

function description(titleKind: TitleKind, draw: number, undated: boolean): SimRecord['description'] {
  if (titleKind === 'unrelated') return draw < 0.5 ? 'unrelated' : null;
  if (undated && draw < 0.6) return 'dated';
  if (draw < 0.12) return null;
  return draw < 0.14 ? 'useless' : 'caption';
}

function ancestors(draw: number, choice: number): NaraAncestor[] | null {
  if (draw < 0.04) return null;
  const group = pickCyclic(RECORD_GROUPS, choice);
  const series = pickCyclic(SERIES, choice);
  if (draw < 0.08) {
    const excluded = pickCyclic(EXCLUDED_SERIES, choice);
    return excluded.levelOfDescription === 'recordGroup' ? [excluded, series] : [group, excluded];
  }
  return [group, series];
}

/** Full dates, years, months, circa years, coverage periods, out-of-window years and no date at all. */
function recordDates(year: number, kind: number, monthDraw: number, dayDraw: number): SimRecord['dates'] {
  const month = 1 + Math.floor(monthDraw * 12);
  const day = 1 + Math.floor(dayDraw * 28);
  const logical = (y: number, m = 1, d = 1) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const full = (y: number): NaraDate => ({ year: y, month, day, logicalDate: logical(y, month, day) });
  const yearOnly = (y: number): NaraDate => ({ year: y, logicalDate: logical(y) });
  if (kind < 0.35) return { productionDates: [full(year)] };
  if (kind < 0.55) return { productionDates: [yearOnly(year)] };
  if (kind < 0.61) return { productionDates: [{ year, month, logicalDate: logical(year, month) }] };
  if (kind < 0.66) return { productionDates: [{ ...yearOnly(year), dateQualifier: 'ca.' }] };
  if (kind < 0.76)
    return { coverageStartDate: yearOnly(year - 1), coverageEndDate: { year: year + 1, logicalDate: logical(year + 1, 12, 31) } };
  if (kind < 0.8) return { coverageStartDate: yearOnly(year), coverageEndDate: yearOnly(year) };
  if (kind < 0.93) return {};
  return { productionDates: [kind < 0.965 ? full(1898) : yearOnly(1985)] };
}

function objects(seed: number, index: number, kind: number, [width, height]: readonly [number, number]): SimObject[] | null {
  const image = (n: number, extension = 'jpg', upperCase = false): SimObject => {
    const draw = unitHash(seed, 'image-kind', index, n);
    const portrait = unitHash(seed, 'portrait', index, n) < 0.25;
    const spec: ImageSpec = {
      seed: hash32(seed, 'image', index, n),
      kind: extension === 'png' ? 'png-alpha' : weighted(draw, IMAGE_KINDS),
      width: portrait ? height : width,
      height: portrait ? width : height,
      extension,
    };
    return { type: 'image', spec, upperCase };
  };
  if (kind < 0.62) return [image(0)];
  if (kind < 0.76) return Array.from({ length: kind < 0.7 ? 2 : 3 }, (_, n) => image(n));
  if (kind < 0.81) return [image(0), { type: 'pdf' }];
  if (kind < 0.85) return [{ type: 'pdf' }];
  if (kind < 0.87) return [{ type: 'video' }];
  if (kind < 0.89) return null;
  if (kind < 0.95) return [image(0, 'jpg', true)];
  return [image(0, 'png')];
}
