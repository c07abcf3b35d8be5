import { hash32, pickFrom, unitHash, weighted, type ImageKind, type ImageSpec } from '@hx4/testkit';
import type { Gallery } from '../catalogue.js';
import { MONTHS, OTHER_YEARS, SCENES, SEASONS, TITLE_ENDINGS, WAR_YEARS } from './captionText.js';

/** One photograph of a simulated gallery. */
export interface SimImage {
  /** 1-based position in the gallery. */
  number: number;
  /** File name without extension, as uploaded: `Panzer_IV_017`. */
  name: string;
  /** The attachment page's slug, as WordPress makes it from the file name: `panzer-iv-017`. */
  slug: string;
  title: string;
  /** The attachment's caption; '' when it has none. */
  caption: string;
  /** The year the caption names; null when it names none. */
  year: number | null;
  /**
   * When the photo was uploaded (`2014-03-07`), which its attachment page prints: a year a scraper reading
   * the whole page would take for the photo's.
   */
  published: string;
  spec: ImageSpec;
}

type CaptionKind = 'war-year' | 'other-year' | 'no-year' | 'empty';
const CAPTION_KINDS: ReadonlyArray<readonly [CaptionKind, number]> = [
  ['war-year', 0.72],
  ['other-year', 0.08],
  ['no-year', 0.14],
  ['empty', 0.06],
];
/** The site's years, from its footer: "World War Photos 2013-2018". */
const SITE_YEARS: readonly number[] = [2013, 2014, 2015, 2016, 2017, 2018];

const IMAGE_KINDS: ReadonlyArray<readonly [ImageKind, number]> = [
  ['jpeg', 0.65],
  ['gray', 0.26],
  ['exif-rotated', 0.02],
  ['png-alpha', 0.01],
  ['truncated', 0.02],
  ['html', 0.01],
  ['missing', 0.03],
];

export function simImage(seed: number, gallery: Gallery, number: number, [width, height]: readonly [number, number]): SimImage {
  const draw = (name: string) => unitHash(seed, name, gallery.key, number);
  const name = `${fileTitle(gallery.title)}_${String(number).padStart(3, '0')}`;
  const kind = weighted(draw('caption'), CAPTION_KINDS);
  const year = kind === 'war-year' ? weighted(draw('year'), WAR_YEARS) : kind === 'other-year' ? pickFrom(OTHER_YEARS, draw('year')) : null;
  const portrait = draw('portrait') < 0.25;
  return {
    number,
    name,
    slug: name.toLowerCase().replaceAll('_', '-'),
    title: `${gallery.title} ${pickFrom(TITLE_ENDINGS, draw('title'))}`,
    caption: kind === 'empty' ? '' : caption(gallery.title, pickFrom(SCENES, draw('scene')), year, draw),
    year,
    published: `${pickFrom(SITE_YEARS, draw('published'))}-${twoDigits(1 + Math.floor(draw('published-month') * 12))}-${twoDigits(1 + Math.floor(draw('published-day') * 28))}`,
    spec: {
      seed: hash32(seed, 'image', gallery.key, number),
      kind: weighted(draw('image-kind'), IMAGE_KINDS),
      width: portrait ? height : width,
      height: portrait ? width : height,
    },
  };
}

function caption(subject: string, scene: string, year: number | null, draw: (name: string) => number): string {
  if (year === null) return `${subject} ${scene}.`;
  const when = [String(year), `${pickFrom(SEASONS, draw('season'))} ${year}`, `${pickFrom(MONTHS, draw('month'))} ${year}`];
  return `${subject} ${scene}, ${pickFrom(when, draw('date-form'))}.`;
}

/** `Panzer 38(t)` → `Panzer_38_t`: how uploads on the site are named. */
function fileTitle(title: string): string {
  return title.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}
