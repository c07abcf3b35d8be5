import { hash32, pickFrom, unitHash, weighted, type ImageKind, type ImageSpec } from '@hx4/testkit';
import { CAPTIONS, PHOTOGRAPHERS, SCENES, WAR_PERIODS, type WarPeriod } from './finnishText.js';
import { simDate, type SimDate } from './simDate.js';

/** What a record is, whichever query finds it. */
export interface SimRecord extends SimDate {
  index: number;
  id: string;
  /** False for the few records of another organisation that a search without the collection filter finds. */
  saKuva: boolean;
  freeOnline: boolean;
  /** False for a record of a physical object (with a photo of it), which the image filter leaves out. */
  photograph: boolean;
  period: WarPeriod;
  place: string;
  caption: string;
  scene: string;
  /** Null when the archive does not know who took the photograph (`nonPresenterAuthors` is then `[]`). */
  photographer: string | null;
  hasSummary: boolean;
  image: ImageSpec | null;
}

const ID_BASE = 20_000;
export const SA_KUVA_ID_PREFIX = 'sa-kuva.sa-kuva-';
export const OTHER_ID_PREFIX = 'musketti.M012:HK';

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
  const date = simDate(draw);
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
    photographer: draw('unknown-photographer') < 0.05 ? null : pickFrom(PHOTOGRAPHERS, draw('photographer')),
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

function periodOf(day: string): WarPeriod {
  // A day after the last period's end belongs to the last period.
  const period = WAR_PERIODS.find((candidate) => day <= candidate.end) ?? WAR_PERIODS.at(-1);
  if (period === undefined) throw new Error('no war periods to file a day under');
  return period;
}

function image(seed: number, index: number, [width, height]: readonly [number, number]): ImageSpec | null {
  const kind = weighted(unitHash(seed, 'image-kind', index), IMAGE_KINDS);
  if (kind === 'none') return null;
  const portrait = unitHash(seed, 'portrait', index) < 0.25;
  return { seed: hash32(seed, 'image', index), kind, width: portrait ? height : width, height: portrait ? width : height };
}
