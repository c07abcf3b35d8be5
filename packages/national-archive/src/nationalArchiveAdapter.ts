import { defineAdapter } from '@hx4/core';
import { catalogSources } from './catalogSources.js';
import { describeSource } from './describeSource.js';
import { naraRecordSchema } from './NaraRecord.js';
import { parseSearchPage } from './parseSearchPage.js';
import { recordRef } from './recordRef.js';
import { recordToRows } from './recordToRows.js';
import { searchRequest } from './searchRequest.js';

/** The US National Archives Catalog (https://catalog.archives.gov): photographs with online image objects. */
export const nationalArchiveAdapter = defineAdapter(naraRecordSchema, {
  id: 'national-archive',
  datasetName: 'NATIONAL_ARCHIVE',
  defaultEndpoint: 'https://catalog.archives.gov',
  defaultWindow: { start: '1900-01-01', end: '1970-12-31' },
  politeness: { requestsPerSecond: 2, concurrency: 1 },
  apiKey: { env: 'NARA_API_KEY' },
  // The Catalog API's default: a key that passes it is blocked until the 1st of the next month.
  requestQuota: { perMonth: 10_000 },
  describe: describeSource,
  sources: catalogSources,
  pageRequest: searchRequest,
  parsePage: parseSearchPage,
  recordRef,
  toRow: recordToRows,
});
