import { defineAdapter, type ArchiveAdapter } from '@hx4/core';
import { collectionsOption } from './collectionsOption.js';
import { checkIiifSize } from './contentdmUrls.js';
import { expandRecord } from './expandRecord.js';
import { parseSearchPage } from './parseSearchPage.js';
import { checkAlias, recordRef } from './recordId.js';
import { recordToRow, SMU_EXTRA_COLUMNS } from './recordToRow.js';
import { searchRequest } from './searchRequest.js';
import { smuRecordSchema, type SmuRecord } from './SmuRecord.js';

export interface SmuAdapterOptions {
  /** Collection aliases to search, e.g. `['ryr', 'stn']`; default: every collection (`all`). */
  collections?: readonly string[];
  /**
   * IIIF Image API size of each `img_url` (default `max`, the largest the server allows): `!512,512` makes
   * the server send thumbnails instead of full images.
   */
  iiifSize?: string;
}

/**
 * SMU Digital Collections (https://digitalcollections.smu.edu), an OCLC CONTENTdm site, through CONTENTdm's
 * documented API (`dmwebservices`) and IIIF images, instead of the reference's item-page scraping.
 */
export function createSmuAdapter(options: SmuAdapterOptions = {}): ArchiveAdapter<SmuRecord, unknown> {
  return defineAdapter(smuRecordSchema, smuArchive(options));
}

function smuArchive(options: SmuAdapterOptions): ArchiveAdapter<SmuRecord> {
  const collections = [...new Set((options.collections ?? []).map(checkAlias))];
  const iiifSize = checkIiifSize(options.iiifSize ?? 'max');
  return {
    id: 'smu',
    datasetName: 'SMU',
    defaultEndpoint: 'https://digitalcollections.smu.edu',
    defaultWindow: { start: '1900-01-01', end: '1970-12-31' },
    // A small university site: one request at a time, one a second (robots.txt may ask for less).
    // IIIF images come from the same host; the 1/s above is our guess for its API, not a limit the site declares,
    // so images adapt on their own lane (robots.txt's Crawl-delay, when there is one, covers both).
    politeness: { requestsPerSecond: 1, concurrency: 1, coversMedia: false },
    obeysRobotsTxt: true,
    extraColumns: SMU_EXTRA_COLUMNS,
    options: { collections: collectionsOption },
    // No collections: every collection of the site.
    settings: { collections, iiifSize },
    configure: (given, { thumbnailSize }) =>
      smuArchive({
        collections: given.collections && collectionsOption.parse(given.collections),
        // IIIF serves the image already shrunk to the thumbnail box: less to download.
        iiifSize: thumbnailSize ? `!${thumbnailSize[0]},${thumbnailSize[1]}` : undefined,
      }),
    pageRequest: (query, cursor, adapterOptions) => searchRequest(query, cursor, adapterOptions, collections),
    parsePage: (body, _query, cursor) => parseSearchPage(body, cursor),
    expandRecord,
    recordRef,
    toRow: (record, adapterOptions) => recordToRow(record, adapterOptions, iiifSize),
  };
}

export const smuAdapter = createSmuAdapter();
