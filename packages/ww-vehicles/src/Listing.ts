import catalogue from './listings.json' with { type: 'json' };

/** The wars the encyclopedia's listings are filed under. */
export const WARS = ['WW1', 'WW2'] as const;

export type War = (typeof WARS)[number];

/** One listing page of the encyclopedia: the vehicles of one war (and country), linked to their articles. */
export interface Listing {
  /** The query the core harvests it under, e.g. `ww2 germany`; already in the core's cleaned query form. */
  key: string;
  /** The page's path on the site, e.g. `/ww2/germany/german-trucks.php`. */
  path: string;
  war: War;
  /** Null for a listing of several countries (WW1): each article's flag then says which. */
  country: string | null;
}

/** The listing pages HX4 collects (`src/listings.json`), in harvest order. */
export const LISTINGS: readonly Listing[] = catalogue.map(readListing);

const byKey = new Map(LISTINGS.map((listing) => [listing.key, listing]));
const listingPaths = new Set(LISTINGS.map((listing) => listing.path));

export function listingByKey(key: string): Listing {
  const listing = byKey.get(key);
  if (!listing) {
    throw new Error(`"${key}" is not a WW vehicles listing; known listings: ${LISTINGS.map((entry) => entry.key).join(', ')}`);
  }
  return listing;
}

/** True for the path of a catalogue listing, which a listing's links to other listings are not vehicles of. */
export function isListingPath(path: string): boolean {
  return listingPaths.has(path);
}

function readListing(entry: { key: string; path: string; war: string; country: string | null }): Listing {
  if (entry.war !== 'WW1' && entry.war !== 'WW2') throw new Error(`listings.json: "${entry.key}" has war "${entry.war}"`);
  if (!entry.path.startsWith('/') || !entry.path.endsWith('.php')) {
    throw new Error(`listings.json: "${entry.key}" has path "${entry.path}", not a site path of a .php page`);
  }
  return { key: entry.key, path: entry.path, war: entry.war, country: entry.country };
}
