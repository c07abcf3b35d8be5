import { defineAdapter } from '@hx4/core';
import { catalogueQueries } from './catalogue.js';
import { expandAttachment } from './expandAttachment.js';
import { galleryRequest } from './galleryRequest.js';
import { parseGalleryPage } from './parseGalleryPage.js';
import { recordRef, recordToRow } from './recordToRow.js';
import { wwiiRecordSchema } from './WwiiRecord.js';

/**
 * The WordPress photo galleries of worldwarphotos.info, scraped politely: one query per gallery of the
 * catalogue shipped with the package, every page of it, one attachment page per image.
 */
export const wwiiAdapter = defineAdapter(wwiiRecordSchema, {
  id: 'wwii',
  datasetName: 'WWII',
  defaultEndpoint: 'https://www.worldwarphotos.info',
  defaultWindow: { start: '1939-09-01', end: '1945-09-02' },
  // A small site: one request at a time, at most one a second (robots.txt may ask for less).
  // Pages at our guess of 1/s; the images, static files of the same host, adapt on their own lane
  // (robots.txt's Crawl-delay, when there is one, covers both).
  politeness: { requestsPerSecond: 1, concurrency: 1, coversMedia: false },
  obeysRobotsTxt: true,
  ownQueries: catalogueQueries,
  pageRequest: galleryRequest,
  parsePage: parseGalleryPage,
  expandRecord: expandAttachment,
  recordRef,
  toRow: (record, options) => recordToRow(record, options),
});
