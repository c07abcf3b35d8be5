// Plain JavaScript so that a child process can run it on the built packages (for kill-and-rerun
// tests); in vitest the same imports resolve to the sources.
import { collect, createHttpClient, hx4Version, resolveImageSettings, silentReporter, userAgent, vocabularyFromQueries } from '@hx4/core';
import { nationalArchiveAdapter } from '@hx4/national-archive';

/**
 * Runs `collect()` for the National Archives as the CLI would, tuned for a local simulator.
 * @param {{ baseDir: string, endpoint: string, apiKey?: string, queries: string[], maxRequests?: number }} spec
 * @param {import('@hx4/core').Reporter} [reporter]
 * @returns {Promise<import('@hx4/core').RunSummary>}
 */
export async function collectNara(spec, reporter = silentReporter) {
  const http = createHttpClient({
    userAgent: userAgent(hx4Version),
    defaultPolicy: { requestsPerSecond: 1000, concurrency: 4 },
    backoffBaseMs: 5,
    maxBackoffMs: 20,
  });
  // The simulator serves the API and the images from one host.
  http.setHostPolicy('127.0.0.1', { requestsPerSecond: 1000, concurrency: 4 });
  try {
    // collect() fills in the rest (window, workers, retries...) as for any library caller.
    return await collect({
      adapter: nationalArchiveAdapter,
      baseDir: spec.baseDir,
      endpoint: spec.endpoint,
      apiKey: spec.apiKey,
      maxRequests: spec.maxRequests,
      vocabulary: vocabularyFromQueries(spec.queries, { 'field hospital': 'hospital' }),
      http,
      reporter,
      images: resolveImageSettings({ thumbnailSize: [96, 96] }),
      valFraction: 0.3,
    });
  } finally {
    await http.close();
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [, , settings] = process.argv;
  if (settings === undefined) throw new Error('collectNara.mjs: pass the run settings as a JSON argument');
  await collectNara(JSON.parse(settings));
}
