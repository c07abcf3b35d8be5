import { hash32, pickFrom, weighted, unitHash, type ImageKind, type ImageSpec } from '@hx4/testkit';
import { DATASETS, EXCLUDED_CREATORS, EXCLUDED_INSTITUTIONS, INSTITUTIONS, RIGHTS, type Institution } from './institutions.js';
import {
  DESCRIPTION_VARIANTS,
  ENGLISH,
  LANGUAGES,
  PLACES,
  TITLE_VARIANTS,
  WAR_YEARS,
  type DescriptionVariant,
  type LanguageText,
  type TitleVariant,
  type War,
} from './languages.js';

/** The English label of an object-type concept, which names its URI. */
export type ConceptName = 'Photograph' | 'Postcard' | 'Map';

export type SimMedia = { type: 'image'; spec: ImageSpec } | { type: 'pdf' } | { type: 'none' };

/** What a record is, whichever query finds it. */
export interface SimRecord {
  index: number;
  /** `/<dataset>/<local id>` */
  id: string;
  language: LanguageText;
  war: War;
  place: string;
  year: string | null;
  timespan: string[];
  /** Europeana added its century labels and authority URIs next to the provider's date. */
  centuryEnriched: boolean;
  institution: Institution;
  creator: string | null;
  /** Labels of the record's object-type concept, English first; empty when it has none (no `edmConcept` at all). */
  concepts: [ConceptName, ...string[]] | [];
  /** An English poster title instead of a photograph title. */
  poster: boolean;
  titleVariant: TitleVariant;
  /** Null when the record has no description. */
  descriptionVariant: DescriptionVariant | null;
  /** The description ends in a term collectors treat as "not a war photograph". */
  studioPhoto: boolean;
  /** Non-English records that also carry an English title and description. */
  translated: boolean;
  /** Text filed under `def` (language unspecified) instead of the language code. */
  unspecifiedLanguage: boolean;
  /** Descriptions carry `&nbsp;` and a line break indented by ten spaces, as exported catalogue text does. */
  dirtyText: boolean;
  /** The provider put its descriptions into the title: a list of two long sentences. */
  descriptionAsTitle: boolean;
  media: SimMedia;
  rights: string;
}

/** Share of records by image kind; the rest of the probability mass is a missing or non-image media URL. */
const MEDIA: ReadonlyArray<readonly [ImageKind | 'pdf' | 'none', number]> = [
  ['jpeg', 0.84],
  ['gray', 0.05],
  ['exif-rotated', 0.025],
  ['png-alpha', 0.02],
  ['truncated', 0.012],
  ['html', 0.012],
  ['missing', 0.012],
  ['pdf', 0.015],
  ['none', 0.014],
];
/** Records that point at the image of the record before them, as duplicated uploads do. */
const SHARED_IMAGE_SHARE = 0.015;

export function simRecord(seed: number, index: number, imageSize: readonly [number, number]): SimRecord {
  const draw = (name: string) => unitHash(seed, name, index);
  const poster = draw('poster') < 0.03;
  const language = poster
    ? ENGLISH
    : weighted(
        draw('language'),
        LANGUAGES.map((text) => [text, text.weight] as const),
      );
  const war: War = draw('war') < 0.45 ? 'ww1' : 'ww2';
  return {
    index,
    id: `/${pickFrom(DATASETS, draw('dataset'))}/${localId(seed, index)}`,
    language,
    war,
    place: pickFrom(PLACES[war], draw('place')),
    ...recordDate(war, draw('date'), draw('year'), draw('month'), draw('day')),
    centuryEnriched: draw('century') < 0.6,
    institution: institution(language, draw('institution')),
    creator: creator(language, draw('creator')),
    concepts: concepts(language, draw('concept')),
    poster,
    titleVariant: pickFrom(TITLE_VARIANTS, draw('title')),
    descriptionVariant: draw('description') < 0.08 ? null : pickFrom(DESCRIPTION_VARIANTS, draw('description-variant')),
    studioPhoto: draw('studio') < 0.02,
    translated: language.code !== 'en' && draw('translated') < 0.3,
    unspecifiedLanguage: draw('def') < 0.1,
    dirtyText: draw('dirty') < 0.1,
    descriptionAsTitle: draw('description-title') < 0.05,
    media: media(seed, draw('shared') < SHARED_IMAGE_SHARE && index > 0 ? index - 1 : index, imageSize),
    rights: pickFrom(RIGHTS, draw('rights')),
  };
}

function localId(seed: number, index: number): string {
  const token = hash32(seed, 'id', index).toString(16).padStart(8, '0') + index.toString(36);
  return index % 3 === 0 ? `photo_${token}` : index % 3 === 1 ? `https___warphotos_example_item_${token}` : token.toUpperCase();
}

/** Years (in and out of the wars), full dates, intervals of a few days, decade labels and no date at all. */
function recordDate(
  war: War,
  kind: number,
  yearDraw: number,
  monthDraw: number,
  dayDraw: number,
): { year: string | null; timespan: string[] } {
  const [first, last] = WAR_YEARS[war];
  const year = String(first + Math.floor(yearDraw * (last - first + 1)));
  if (kind < 0.55) return { year, timespan: [year] };
  if (kind < 0.65) {
    const month = String(1 + Math.floor(monthDraw * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(dayDraw * 28)).padStart(2, '0');
    return { year: null, timespan: [`${year}-${month}-${day}`] };
  }
  if (kind < 0.69) return { year: null, timespan: [war === 'ww1' ? '1910s' : '1940s'] };
  if (kind < 0.72) {
    // An ISO 8601 interval (`1948-07-20/1948-07-23`): sure of the year, not of the day.
    const month = String(1 + Math.floor(monthDraw * 12)).padStart(2, '0');
    const day = 1 + Math.floor(dayDraw * 25);
    const dayText = (n: number) => String(n).padStart(2, '0');
    return { year: null, timespan: [`${year}-${month}-${dayText(day)}/${year}-${month}-${dayText(day + 3)}`] };
  }
  if (kind < 0.8) return { year: null, timespan: [] };
  if (kind < 0.86) {
    const outside = pickFrom(['1850', '1871', '1995', '2003'], yearDraw);
    return { year: outside, timespan: [outside] };
  }
  if (kind < 0.93) return { year: null, timespan: [year] };
  return { year, timespan: ['20th century', '1901-2000'] };
}

function institution(language: LanguageText, draw: number): Institution {
  if (draw < 0.05) return pickFrom(EXCLUDED_INSTITUTIONS, draw / 0.05);
  return INSTITUTIONS[language.code];
}

function creator(language: LanguageText, draw: number): string | null {
  if (draw < 0.25) return null;
  if (draw < 0.27) return pickFrom(EXCLUDED_CREATORS, (draw - 0.25) / 0.02);
  return pickFrom(language.creators, draw);
}

/** One label per language, as Europeana lists a concept, English first; some records have no concept. */
function concepts(language: LanguageText, draw: number): SimRecord['concepts'] {
  if (draw >= 0.85) return [];
  const name: ConceptName = draw < 0.04 ? 'Postcard' : draw < 0.07 ? 'Map' : 'Photograph';
  const label = { Postcard: language.postcard, Map: language.map, Photograph: language.photograph }[name];
  return name === label ? [name] : [name, label];
}

function media(seed: number, index: number, [width, height]: readonly [number, number]): SimMedia {
  const kind = weighted(unitHash(seed, 'media', index), MEDIA);
  if (kind === 'pdf' || kind === 'none') return { type: kind };
  const portrait = unitHash(seed, 'portrait', index) < 0.25;
  return {
    type: 'image',
    spec: { seed: hash32(seed, 'image', index), kind, width: portrait ? height : width, height: portrait ? width : height },
  };
}
