import { defineAdapter, type OwnQueries } from '@hx4/core';
import { expandArticle } from './expandArticle.js';
import { LISTINGS } from './Listing.js';
import { listingRequest } from './listingRequest.js';
import { parseListingPage } from './parseListingPage.js';
import { FALLBACK_VEHICLE_LABEL } from './vehicleLabel.js';
import { vehicleRecordSchema } from './VehicleRecord.js';
import { vehicleRef, vehicleToRow, WW_VEHICLES_EXTRA_COLUMNS } from './vehicleToRow.js';

/** The catalogue's listings as the queries, each standing for the site's whole subject. */
function ownQueries(): OwnQueries {
  const queries = LISTINGS.map((listing) => listing.key);
  return { queries, canonical: Object.fromEntries(queries.map((key) => [key, FALLBACK_VEHICLE_LABEL])) };
}

/**
 * WW1 and WW2 vehicles of truck-encyclopedia.com, scraped from its listing pages and the vehicle articles they
 * link to. A small site: one request a second, robots.txt obeyed, no date window (`WW_VEHICLES/`).
 */
export const wwVehiclesAdapter = defineAdapter(vehicleRecordSchema, {
  id: 'ww-vehicles',
  datasetName: 'WW_VEHICLES',
  // Every real URL of the site found in public code and data is on the bare host (see test/fixtures/real).
  defaultEndpoint: 'https://truck-encyclopedia.com',
  defaultWindow: null,
  // Pages at our guess of 1/s; the images, static files of the same host, adapt on their own lane
  // (robots.txt's Crawl-delay, when there is one, covers both).
  politeness: { requestsPerSecond: 1, concurrency: 1, coversMedia: false },
  obeysRobotsTxt: true,
  extraColumns: WW_VEHICLES_EXTRA_COLUMNS,
  ownQueries,
  pageRequest: listingRequest,
  parsePage: (body, query) => parseListingPage(body, query),
  expandRecord: expandArticle,
  recordRef: vehicleRef,
  toRow: (record) => vehicleToRow(record),
});
