import { defineAdapter } from '@hx4/core';
import { europeanaItemSchema } from './EuropeanaItem.js';
import { itemRef } from './itemRef.js';
import { itemToRow } from './itemToRow.js';
import { parseSearchPage } from './parseSearchPage.js';
import { searchRequest } from './searchRequest.js';

/** Europeana's photography collection through its Search API (https://api.europeana.eu/record/v2). */
export const europeanaAdapter = defineAdapter(europeanaItemSchema, {
  id: 'europeana',
  datasetName: 'EUROPEANA',
  defaultEndpoint: 'https://api.europeana.eu/record/v2',
  defaultWindow: { start: '1900-01-01', end: '1970-12-31' },
  politeness: { requestsPerSecond: 5, concurrency: 2 },
  apiKey: { env: 'EUROPEANA_API_KEY', default: 'api2demo' },
  extraColumns: ['rights'],
  pageRequest: searchRequest,
  parsePage: (body) => parseSearchPage(body),
  recordRef: itemRef,
  toRow: itemToRow,
});
