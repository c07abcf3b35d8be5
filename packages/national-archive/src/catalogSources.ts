import type { AdapterOptions, ArchiveSource } from '@hx4/core';

/**
 * The three ways to run the same search on the Catalog. Public notes of live use disagree on which
 * of them serve (see the README), so the core tries them in this order and keeps the first that does.
 */
export type NaraSourceId = 'api-v2' | 'proxy-v3' | 'proxy';

/** Where each source answers, below the endpoint. */
export const SEARCH_PATHS: Readonly<Record<NaraSourceId, string>> = {
  'api-v2': '/api/v2/records/search',
  'proxy-v3': '/proxy/v3/records/search',
  proxy: '/proxy/records/search',
};

/** Said after "searching through" in the core's log line, and in the errors of each source. */
const DESCRIPTIONS: Readonly<Record<NaraSourceId, string>> = {
  'api-v2': 'the official Catalog API v2 with your key',
  'proxy-v3': "the catalog web app's unofficial keyless search proxy v3",
  proxy: "the catalog web app's older unofficial keyless search proxy",
};

/** With a key the official API comes first; the key is never sent to the proxies, so without one they are all there is. */
export function catalogSources(options: AdapterOptions): readonly ArchiveSource[] {
  // The proxies never see the key, so they spend none of its monthly quota.
  return sourceIds(options).map((id) => ({ id, description: DESCRIPTIONS[id], ...(id === 'api-v2' ? {} : { keyless: true }) }));
}

/** The source a call names, if it names one. */
export function namedSource(source: string | undefined): NaraSourceId | undefined {
  if (source === undefined) return undefined;
  if (!Object.hasOwn(SEARCH_PATHS, source)) throw new Error(`unknown National Archives source "${source}" (api-v2, proxy-v3 or proxy)`);
  return source as NaraSourceId;
}

/** The source a request is for: the one named, else the first the options allow (a caller that knows one way only). */
export function requestedSource(source: string | undefined, options: AdapterOptions): NaraSourceId {
  return namedSource(source) ?? sourceIds(options)[0];
}

function sourceIds(options: AdapterOptions): readonly [NaraSourceId, ...NaraSourceId[]] {
  return options.apiKey ? ['api-v2', 'proxy-v3', 'proxy'] : ['proxy-v3', 'proxy'];
}

/** Short names for error messages. */
export const SOURCE_NAMES: Readonly<Record<NaraSourceId, string>> = {
  'api-v2': 'the Catalog API v2',
  'proxy-v3': "the catalog's search proxy v3",
  proxy: "the catalog's older search proxy",
};
