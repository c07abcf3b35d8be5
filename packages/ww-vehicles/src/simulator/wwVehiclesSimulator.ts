import type { SimulatorArchive } from '@hx4/testkit';
import { LISTINGS, listingByKey } from '../Listing.js';
import { pictureResponse } from './pictureResponse.js';
import { renderArticle } from './renderArticle.js';
import { renderListing } from './renderListing.js';
import { robotsTxt } from './robotsTxt.js';
import { SiteCorpus } from './SiteCorpus.js';

export interface WwVehiclesSimulatorOptions {
  /** Everything on the site derives from it (default 1918). */
  seed?: number;
  /** Vehicles on each listing page (default 12). */
  vehiclesPerListing?: number;
  /** Landscape size of the photographs; a quarter of them are portrait (default 1024×768). */
  imageSize?: [number, number];
  /** Listing keys served in a redesigned markup without `div.content`, which the adapter must refuse. */
  redesignedListings?: string[];
  /** Crawl-delay of robots.txt (default 1; 0 leaves it out). */
  crawlDelaySeconds?: number;
}

const HTML = 'text/html; charset=utf-8';

/**
 * truck-encyclopedia.com, mounted at `<simulator>/ww-vehicles` (the adapter's endpoint): the catalogue's listing
 * pages, the vehicle articles they link to, every picture path (a redirect to a generated image) and `/robots.txt`.
 * Some articles are broken the ways a scraper meets: a page without `div.content`, a dead link, an article whose
 * only pictures are flags and icons; a few photographs are missing.
 */
export function wwVehiclesSimulator(options: WwVehiclesSimulatorOptions = {}): SimulatorArchive {
  const seed = options.seed ?? 1918;
  const vehiclesPerListing = options.vehiclesPerListing ?? 12;
  const imageSize = options.imageSize ?? [1024, 768];
  const crawlDelaySeconds = options.crawlDelaySeconds ?? 1;
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  if (!Number.isInteger(vehiclesPerListing) || vehiclesPerListing < 1) {
    throw new Error(`vehiclesPerListing must be a positive integer, got ${vehiclesPerListing}`);
  }
  if (!imageSize.every((side) => Number.isInteger(side) && side > 0)) {
    throw new Error(`imageSize must be two positive integers, got ${JSON.stringify(imageSize)}`);
  }
  if (!(crawlDelaySeconds >= 0)) throw new Error(`crawlDelaySeconds must be 0 or more, got ${crawlDelaySeconds}`);
  const redesigned = new Set((options.redesignedListings ?? []).map((key) => listingByKey(key).key));
  const corpus = new SiteCorpus({ seed, vehiclesPerListing });
  const listingsByPath = new Map(LISTINGS.map((listing) => [listing.path, listing]));
  return {
    id: 'ww-vehicles',
    apiPath: '',
    routes: [
      { path: '/robots.txt', handle: (ctx) => robotsTxt(ctx, crawlDelaySeconds) },
      {
        path: /^\/.+\.php$/,
        handle(ctx) {
          const listing = listingsByPath.get(ctx.path);
          if (listing) {
            return ctx.text(200, renderListing(seed, listing, corpus.vehicles(listing), redesigned.has(listing.key)), HTML);
          }
          const vehicle = corpus.byArticlePath(ctx.path);
          if (vehicle && vehicle.fate !== 'dead-link') return ctx.text(200, renderArticle(vehicle), HTML);
        },
      },
      { path: /^\/.+\.(?:jpe?g|png|gif|webp)$/i, handle: (ctx) => pictureResponse(ctx, seed, imageSize) },
    ],
  };
}
