import { LISTINGS, type Listing } from '../Listing.js';
import { simVehicle, type ArticleFate, type SimVehicle } from './simVehicle.js';

export interface SiteCorpusOptions {
  seed: number;
  vehiclesPerListing: number;
}

/** One vehicle in this many, counted across the catalogue in order, has each broken fate (at fixed offsets). */
const FATE_CYCLE = 23;
const FATES: ReadonlyMap<number, ArticleFate> = new Map([
  [4, 'no-content'],
  [11, 'dead-link'],
  [18, 'no-picture'],
]);

/** The simulated encyclopedia: every catalogue listing with its vehicles, built once. */
export class SiteCorpus {
  readonly #byListing = new Map<string, SimVehicle[]>();
  readonly #byArticle = new Map<string, SimVehicle>();

  constructor({ seed, vehiclesPerListing }: SiteCorpusOptions) {
    LISTINGS.forEach((listing, listingIndex) => {
      const vehicles = Array.from({ length: vehiclesPerListing }, (_, index) => {
        const fate = FATES.get((listingIndex * vehiclesPerListing + index) % FATE_CYCLE) ?? 'ok';
        return simVehicle(seed, listing, index, fate);
      });
      this.#byListing.set(listing.key, vehicles);
      for (const vehicle of vehicles) this.#byArticle.set(vehicle.articlePath, vehicle);
    });
  }

  vehicles(listing: Listing): readonly SimVehicle[] {
    return this.#byListing.get(listing.key) ?? [];
  }

  byArticlePath(path: string): SimVehicle | null {
    return this.#byArticle.get(path) ?? null;
  }
}
