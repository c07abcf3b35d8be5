import { between, pickFrom, unitHash, weighted } from '@hx4/testkit';
import type { Listing } from '../Listing.js';
import { folderOf } from '../sitePaths.js';
import { SCENES, VEHICLE_KINDS, WW1_COUNTRIES, WW2_COUNTRIES, type SimCountry, type VehicleKind } from './siteVocabulary.js';

/**
 * What becomes of a vehicle's article: read normally, a page without `div.content` (moved), a dead link (404),
 * or an article whose only pictures are site furniture.
 */
export type ArticleFate = 'ok' | 'no-content' | 'dead-link' | 'no-picture';

/** How a photograph is set in the article, as the site's pages vary. */
export type PhotoStyle = 'lightbox' | 'figure' | 'cell' | 'lazy' | 'em';

export interface SimPhoto {
  /** Relative to the article's folder, as the article links it. */
  href: string;
  style: PhotoStyle;
  alt: string;
  caption: string | null;
}

export interface SimVehicle {
  listing: Listing;
  name: string;
  kind: VehicleKind;
  country: SimCountry;
  /** File name of the article, e.g. `Opel-Blitz.php`, in the listing's folder. */
  file: string;
  articlePath: string;
  fate: ArticleFate;
  photos: SimPhoto[];
}

const STYLES: readonly PhotoStyle[] = ['lightbox', 'figure', 'cell', 'lazy', 'em'];

/** Vehicle `index` of a listing; `fate` is decided by the corpus, which spreads the broken ones over the site. */
export function simVehicle(seed: number, listing: Listing, index: number, fate: ArticleFate): SimVehicle {
  const draw = (...parts: Array<string | number>) => unitHash(seed, listing.key, index, ...parts);
  const country = listing.country === null ? pickFrom(WW1_COUNTRIES, draw('country')) : WW2_COUNTRIES[listing.country];
  if (!country) throw new Error(`the simulator knows no makers of ${listing.country}`);
  const [maker, models] = pickFrom(country.makers, draw('maker'));
  const kind = weighted(draw('kind'), VEHICLE_KINDS);
  const model = `${maker} ${pickFrom(models, draw('model'))}`;
  const name = draw('named') < 0.5 ? `${model} ${kind.word}` : model;
  const stem = `${asciiWords(model).join('-')}-${index + 1}`;
  const photoCount = fate === 'no-picture' ? 0 : between(1, 4, draw('photos'));
  const photos = Array.from({ length: photoCount }, (_, photo): SimPhoto => {
    const style = pickFrom(STYLES, draw('style', photo));
    const extension = weighted(draw('extension', photo), [
      ['jpg', 0.8],
      ['JPG', 0.1],
      ['png', 0.1],
    ] as const);
    return {
      href: photoHref(listing, stem, photo + 1, extension),
      style,
      alt: photo === 0 ? name : `${model} ${kind.word}`,
      caption: style === 'lazy' ? null : `${model} ${pickFrom(SCENES[listing.war], draw('scene', photo))}`,
    };
  });
  return { listing, name, kind, country, file: `${stem}.php`, articlePath: `${folderOf(listing.path)}${stem}.php`, fate, photos };
}

/**
 * Where a picture lives, as the real site's URLs show: WW1 photos in `/ww1/img/photos/`
 * (`Dart-CC4-production.jpg`), WW2 photos in the country's `photos/` (`/ww2/us/photos/Mack_NO.JPG`), and WW2
 * drawings (PNG) in the country folder itself (`/ww2/italy/Autocarretta-35.png`). Relative to the article.
 */
function photoHref(listing: Listing, stem: string, number: number, extension: string): string {
  if (listing.war === 'WW1') return `img/photos/${stem.replaceAll('-', '_')}_${number}.${extension}`;
  return extension === 'png' ? `${stem}-${number}.png` : `photos/${stem.replaceAll('-', '_')}_${number}.${extension}`;
}

/** Words of a name in plain ASCII, for file names: `Büssing-NAG 4500` → `Bussing`, `NAG`, `4500`. */
function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9.]+/gu, ' ')
    .trim()
    .split(' ');
}
