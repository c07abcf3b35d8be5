// Plain JavaScript so that a child process can run it on the built packages (for kill-and-rerun
// tests); in vitest the same imports resolve to the sources.
import { collect, createHttpClient, hx4Version, resolveImageSettings, silentReporter, userAgent, vocabularyFromQueries } from '@hx4/core';
import { createSmuAdapter } from '@hx4/smu';

/**
 * Runs `collect()` for SMU as the CLI does (robots.txt obeyed on the API host), tuned for a local simulator.
 * @param {{ baseDir: string, endpoint: string, queries: string[], collections?: string[] }} spec
 * @param {import('@hx4/core').Reporter} [reporter]
 * @returns {Promise<import('@hx4/core').RunSummary>}
 */
export async function collectSmu(spec, reporter = silentReporter) {
  const adapter = createSmuAdapter({ collections: spec.collections });
  const http = createHttpClient({
    userAgent: userAgent(hx4Version),
    defaultPolicy: { requestsPerSecond: 1000, concurrency: 4 },
    backoffBaseMs: 5,
    maxBackoffMs: 20,
  });
  // The simulator serves the API and the images from one host; the adapter's 1 request/s would make tests slow.
  const apiHost = new URL(spec.endpoint).host;
  http.setHostPolicy(apiHost, { requestsPerSecond: 1000, concurrency: 4 });
  if (adapter.obeysRobotsTxt) http.obeyRobotsTxt(apiHost);
  try {
    // collect() fills in the rest (window, workers, retries...) as for any library caller.
    return await collect({
      adapter,
      baseDir: spec.baseDir,
      endpoint: spec.endpoint,
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
  if (settings === undefined) throw new Error('collectSmu.mjs: pass the run settings as a JSON argument');
  await collectSmu(JSON.parse(settings));
}
