import type { AdapterOptions } from '@hx4/core';

/** Said once at the start of a run: without a key, HX4 falls back to an unofficial endpoint with a cap. */
export function describeSource(options: AdapterOptions): string | null {
  if (options.apiKey) return null;
  return (
    'no National Archives API key (NARA_API_KEY or --api-key): searching through the catalog web app\'s ' +
    'unofficial keyless proxy, which reaches only the first 10,000 hits of each query and may change without notice'
  );
}
