import type { AdapterOptions } from '@hx4/core';

/**
 * Said once at the start of a run: the order in which the Catalog's sources are tried. Which one
 * serves is only known once they answer; the core logs that line itself.
 */
export function describeSource(options: AdapterOptions): string | null {
  if (options.apiKey) {
    return (
      'National Archives: trying the official Catalog API v2 with your key first; should it not serve the search ' +
      "(public reports say it may answer the catalog web app's page instead), the web app's unofficial keyless proxies " +
      '(v3, then the older one) are used, which reach only the first 10,000 hits of each query'
    );
  }
  return (
    "no National Archives API key (NARA_API_KEY or --api-key): searching through the catalog web app's unofficial " +
    'keyless proxies (v3, then the older one), which reach only the first 10,000 hits of each query and may change without notice'
  );
}
