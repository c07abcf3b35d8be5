import { defineAdapter, type ArchiveAdapter } from '@hx4/core';
import { finnaRecordSchema, type FinnaRecord } from './FinnaRecord.js';
import { parseSearchPage } from './parseSearchPage.js';
import { recordRef } from './recordRef.js';
import { recordToRow, SA_KUVA_EXTRA_COLUMNS } from './recordToRow.js';
import { PAGE_SIZE, searchRequest } from './searchRequest.js';

/**
 * How many results of one search Finna pages through. Its docs cap deep paging without a number a client
 * can rely on; 10,000 is a cautious reading: cutting a search by date early costs a few requests, paging
 * past the real cap would fail.
 */
export const FINNA_RESULT_WINDOW = 10_000;

export interface SaKuvaAdapterOptions {
  /** Results one search may be paged through (default `FINNA_RESULT_WINDOW`); beyond it the window is sliced. */
  resultWindow?: number;
}

/** The Finnish Wartime Photograph Archive (SA-kuva) through the Finna API v1 (https://api.finna.fi/v1). */
export function createSaKuvaAdapter(options: SaKuvaAdapterOptions = {}): ArchiveAdapter<FinnaRecord, unknown> {
  const resultWindow = options.resultWindow ?? FINNA_RESULT_WINDOW;
  if (!Number.isSafeInteger(resultWindow) || resultWindow < PAGE_SIZE) {
    throw new Error(`resultWindow must be an integer of at least ${PAGE_SIZE}, got ${resultWindow}`);
  }
  const paging = { pageSize: PAGE_SIZE, resultWindow };
  return defineAdapter(finnaRecordSchema, {
    id: 'sa-kuva',
    datasetName: 'SA_KUVA',
    defaultEndpoint: 'https://api.finna.fi/v1',
    defaultWindow: { start: '1939-09-01', end: '1945-09-02' },
    // Finna documents no limit for its cover images, which come from the API host: they adapt on their own lane.
    politeness: { requestsPerSecond: 3, concurrency: 2, coversMedia: false },
    vocabulary: { queriesFile: 'query_labels_fi.txt', canonicalFile: 'canonical_labels_fi.json' },
    extraColumns: SA_KUVA_EXTRA_COLUMNS,
    pageRequest: searchRequest,
    parsePage: (body, _query, cursor) => parseSearchPage(body, cursor, paging),
    recordRef,
    toRow: recordToRow,
  });
}

export const saKuvaAdapter = createSaKuvaAdapter();
