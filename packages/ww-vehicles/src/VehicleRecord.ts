import type { War } from './Listing.js';

/** A vehicle article linked from a listing page: what `parsePage` reads. */
export interface VehicleArticle {
  /** Key of the listing that links it. */
  listing: string;
  /** The vehicle's name as the listing shows it. */
  name: string;
  /** The listing heading it sits under (e.g. `Half-tracks`); null before the first heading. */
  section: string | null;
  /** The article's path on the site, e.g. `/ww2/germany/Opel-Blitz.php`. */
  articlePath: string;
}

/** One vehicle image of an article: what `expandRecord` makes of an article, one record per image. */
export interface VehicleImage extends VehicleArticle {
  articleUrl: string;
  imageUrl: string;
  /** The image's own caption (figure caption, the `<em>` under it, its table cell). */
  caption: string | null;
  alt: string | null;
  war: War;
  country: string | null;
}

/** Records come back from the hits cache as plain JSON, so both shapes are checked before use. */
export type VehicleRecord = VehicleArticle | VehicleImage;

export function isVehicleArticle(record: unknown): record is VehicleArticle {
  if (typeof record !== 'object' || record === null) return false;
  const { listing, name, section, articlePath } = record as Record<string, unknown>;
  return (
    typeof listing === 'string' &&
    typeof name === 'string' &&
    (section === null || typeof section === 'string') &&
    typeof articlePath === 'string' &&
    articlePath.startsWith('/')
  );
}

export function isVehicleImage(record: unknown): record is VehicleImage {
  if (!isVehicleArticle(record)) return false;
  const { articleUrl, imageUrl, caption, alt, war, country } = record as unknown as Record<string, unknown>;
  return (
    typeof articleUrl === 'string' &&
    typeof imageUrl === 'string' &&
    [caption, alt, country].every((value) => value === null || typeof value === 'string') &&
    (war === 'WW1' || war === 'WW2')
  );
}
