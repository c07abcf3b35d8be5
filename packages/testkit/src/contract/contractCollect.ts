import {
  type ArchiveAdapter,
  collect,
  createHttpClient,
  hx4Version,
  type Reporter,
  resolveImageSettings,
  type RunSummary,
  silentReporter,
  userAgent,
  vocabularyFromQueries,
} from '@hx4/core';

/** One collect of the contract suite, as plain JSON: a killed run hands it to a process of its own. */
export interface ContractCollectSpec {
  baseDir: string;
  endpoint: string;
  queries: readonly string[];
  /** Query → canonical label. */
  canonical: Readonly<Record<string, string>>;
  apiKey?: string;
  maxRequests?: number;
  metadataOnly?: boolean;
}

/** A collect run in a process of its own, with the adapter exported under the archive's id by its built package. */
export interface CollectChildSpec extends ContractCollectSpec {
  /** A file URL of the archive package's built entry (its `dist/index.js`). */
  adapterModule: string;
  archive: string;
}

/**
 * `collect()` as the CLI runs it (robots.txt obeyed where the adapter says so), tuned for a local simulator:
 * no politeness wait, short backoffs, small thumbnails. Its HTTP client is closed when it returns.
 */
export async function contractCollect(
  adapter: ArchiveAdapter,
  spec: ContractCollectSpec,
  reporter: Reporter = silentReporter,
): Promise<RunSummary> {
  const http = createHttpClient({
    userAgent: userAgent(hx4Version),
    defaultPolicy: { requestsPerSecond: 1000, concurrency: 4 },
    backoffBaseMs: 5,
    maxBackoffMs: 20,
  });
  // The simulator serves the API and the images from one host; the adapters' own limits would make tests slow.
  const host = new URL(spec.endpoint).host;
  http.setHostPolicy(host, { requestsPerSecond: 1000, concurrency: 4 });
  if (adapter.obeysRobotsTxt) http.obeyRobotsTxt(host);
  try {
    return await collect({
      adapter,
      baseDir: spec.baseDir,
      endpoint: spec.endpoint,
      apiKey: spec.apiKey,
      maxRequests: spec.maxRequests,
      metadataOnly: spec.metadataOnly,
      vocabulary: vocabularyFromQueries(spec.queries, spec.canonical),
      http,
      reporter,
      images: resolveImageSettings({ thumbnailSize: [96, 96] }),
      valFraction: 0.3,
    });
  } finally {
    await http.close();
  }
}
