import { between, hash32, pickFrom, unitHash, weighted, type ImageKind, type ImageSpec } from '@hx4/testkit';
import { SIM_COLLECTIONS, type SimCollection } from './collections.js';
import { schemeNicks } from './fieldSchemes.js';
import {
  COMPOUND_GENRES,
  IMAGE_GENRES,
  KEYWORDS,
  NICKNAMES,
  NOTES,
  PAGE_TITLES,
  PHOTOGRAPHERS,
  PLACES,
  SCENES,
  SUBJECT_HEADINGS,
} from './itemText.js';
import { simDate } from './simDate.js';

/**
 * - `photo`: a single image (`jp2` or `jpg`);
 * - `compound`: a compound object (`cpd`) of image pages, some with a PDF page among them;
 * - `document`, `video`: a letter (a PDF, or a scan typed `Text`), a film: no photograph;
 * - `ghost`: listed by the search index but gone (`dmGetItemInfo` answers "Requested item not found");
 * - `not-compound`: listed as `cpd`, but `dmGetCompoundObjectInfo` answers "Requested item is not compound".
 */
export type ItemKind = 'photo' | 'compound' | 'document' | 'video' | 'ghost' | 'not-compound';

export interface SimPage {
  pointer: number;
  title: string;
  file: string;
  /** A PDF page too: Cantaloupe renders it. */
  image: ImageSpec;
}

export interface SimItem {
  index: number;
  collection: SimCollection;
  pointer: number;
  kind: ItemKind;
  filetype: string;
  /** Field nick → text in the collection's order; `''` is an empty field (`{}` in the API). */
  fields: Record<string, string>;
  /** The stored file: `<pointer>.jp2`, `<pointer>.cpd`... */
  find: string;
  pages: SimPage[];
  /** A compound object of three or more pages that nests them in nodes, as monographs do. */
  monograph: boolean;
  image: ImageSpec | null;
}

export const POINTER_BASE = 100;
export const PAGE_POINTER_BASE = 500_000;
export const MAX_PAGES = 5;

const KINDS: ReadonlyArray<readonly [ItemKind, number]> = [
  ['photo', 0.74],
  ['compound', 0.12],
  ['document', 0.05],
  ['video', 0.02],
  ['ghost', 0.04],
  ['not-compound', 0.03],
];
const IMAGE_KINDS: ReadonlyArray<readonly [ImageKind, number]> = [
  ['jpeg', 0.66],
  ['gray', 0.25],
  ['exif-rotated', 0.02],
  ['truncated', 0.02],
  ['html', 0.02],
  ['missing', 0.03],
];

export function simItem(seed: number, index: number, imageSize: readonly [number, number]): SimItem {
  const draw = (name: string) => unitHash(seed, name, index);
  const collection = pickFrom(SIM_COLLECTIONS, draw('collection'));
  const kind = weighted(draw('kind'), KINDS);
  const pointer = POINTER_BASE + index;
  const filetype = {
    photo: draw('jpg') < 0.2 ? 'jpg' : 'jp2',
    compound: 'cpd',
    document: draw('scan') < 0.5 ? 'jp2' : 'pdf',
    video: 'mp4',
    ghost: 'jp2',
    'not-compound': 'cpd',
  }[kind];
  const pageCount = kind === 'compound' ? between(1, MAX_PAGES, draw('pages')) : 0;
  const pages = Array.from({ length: pageCount }, (_, page) => simPage(seed, index, page, imageSize));
  // Cantaloupe renders a PDF's first page as an image; audio and video it refuses.
  const single = filetype === 'jp2' || filetype === 'jpg' || filetype === 'pdf' || kind === 'not-compound';
  return {
    index,
    collection,
    pointer,
    kind,
    filetype,
    fields: itemFields(collection, kind, draw),
    find: `${pointer}.${kind === 'not-compound' ? 'jp2' : filetype}`,
    pages,
    monograph: pageCount >= 3 && draw('monograph') < 0.4,
    image: single ? image(seed, `image-${index}`, imageSize) : null,
  };
}

function simPage(seed: number, index: number, page: number, imageSize: readonly [number, number]): SimPage {
  const pdf = unitHash(seed, 'page-pdf', index, page) < 0.12;
  const pointer = PAGE_POINTER_BASE + index * MAX_PAGES + page;
  return {
    pointer,
    title: pickFrom(PAGE_TITLES, unitHash(seed, 'page-title', index, page)),
    file: `${pointer}.${pdf ? 'pdf' : 'jp2'}`,
    image: image(seed, `page-${index}-${page}`, imageSize),
  };
}

function itemFields(collection: SimCollection, kind: ItemKind, draw: (name: string) => number): Record<string, string> {
  const scene = pickFrom(SCENES, draw('scene'));
  const place = pickFrom(PLACES, draw('place'));
  const date = simDate(draw('date-kind'), draw('year'), draw('day'));
  const digitized = `${between(2012, 2019, draw('digitized'))}-${pad(between(1, 12, draw('digitized-month')))}-${pad(between(1, 28, draw('digitized-day')))}`;
  const photographer = pickFrom(PHOTOGRAPHERS, draw('photographer'));
  const document = kind === 'document' || kind === 'video';
  const title =
    kind === 'document'
      ? `Letter from ${photographer} to his family, ${place}`
      : draw('nickname') < 0.15
        ? `Crew of the “${pickFrom(NICKNAMES, draw('nickname-pick'))}” – ${place}`
        : `${scene} – ${place}`;
  const genre =
    kind === 'document'
      ? 'Letters'
      : kind === 'video'
        ? 'Motion pictures'
        : weighted(draw('genre'), kind === 'compound' ? COMPOUND_GENRES : IMAGE_GENRES);
  const subjects = [pickFrom(SUBJECT_HEADINGS, draw('subject-1')), pickFrom(SUBJECT_HEADINGS, draw('subject-2'))];
  const values: Record<string, string> = {
    title,
    creato: photographer,
    // The `digitized` scheme keeps the scan's date under `date`, and the original's under `dateor`.
    date: collection.scheme === 'digitized' ? digitized : date.display,
    dateor: date.display,
    datea: date.iso,
    decade: date.iso ? `${date.iso.slice(0, 3)}0s` : '',
    descri: draw('description') < 0.7 ? `${scene} in ${place}. Photograph by ${photographer.replace('&', '&amp;')}.` : '',
    notes: draw('notes') < 0.3 ? pickFrom(NOTES, draw('note-pick')) : '',
    author: subjects.join('; '),
    subjec: subjects.join('; '),
    keywor: [0, 1, 2].map((n) => pickFrom(KEYWORDS, draw(`keyword-${n}`))).join('; '),
    place,
    type: kind === 'video' ? 'Moving Image' : document ? 'Text' : collection.scheme === 'smu' ? 'Image' : 'StillImage',
    formge: genre,
    format: genre,
    physic: document ? '1 letter : 2 p.' : '1 photographic print : b&w ; 8 x 10 in.',
    source: collection.name,
    rights: collection.rights,
  };
  return Object.fromEntries(schemeNicks(collection.scheme).map((nick) => [nick, values[nick] ?? '']));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function image(seed: number, key: string, [width, height]: readonly [number, number]): ImageSpec {
  const kind = weighted(unitHash(seed, 'image-kind', key), IMAGE_KINDS);
  const portrait = unitHash(seed, 'portrait', key) < 0.25;
  return { seed: hash32(seed, 'image', key), kind, width: portrait ? height : width, height: portrait ? width : height };
}
