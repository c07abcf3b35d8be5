import { join } from 'node:path';
import { createHttpClient, hx4Version, userAgent, type ArchiveAdapter, type HttpClient } from '@hx4/core';
import type { CollectArgs, CollectSettings } from '../options/resolveCollectSettings.js';
import { createCliReporter, type CliReporter } from '../reporter/createCliReporter.js';
import { isInteractive } from '../reporter/isInteractive.js';
import type { StatusArea } from '../reporter/StatusArea.js';

/**
 * The most requests per second HX4 sends one image host unless the user says otherwise (`--max-rps`).
 * What keeps an image host comfortable is the number of downloads in flight (`-nw`, as Scrapy's per-domain
 * concurrency) and the lane's adaptation to how the host answers; this ceiling only stops a lane that meets
 * no sign of strain from running away. It sits above what `-nw 8` on small images can ask of a fast host, so
 * a healthy one is limited by the machine's image work, not by the ceiling (docs/benchmarks.md).
 */
export const MEDIA_CEILING_RPS = 250;

const describeLimits = ({ requestsPerSecond, concurrency }: { requestsPerSecond: number; concurrency: number }) =>
  `${String(concurrency)} in flight, ${String(Number(requestsPerSecond.toFixed(2)))}/s`;

export interface CollectRunSetup {
  adapter: ArchiveAdapter;
  settings: CollectSettings;
  args: CollectArgs;
  /** Where the run's log file goes. */
  logsDir: string;
  /**
   * The share of the archive's limits this run may take: 1/N for one of N shards, which run at once on other
   * machines and together must stay within the API host's rate and the user's caps.
   */
  share: number;
  /** Show a line prefix naming the archive (several archives in one terminal). */
  prefix?: string;
  /** The live status area of archives collected side by side. */
  sharedArea?: StatusArea;
}

/** The reporter (console and a log file) and the polite HTTP client of one collect run. */
export function startCollectRun({ adapter, settings, args, logsDir, share, prefix, sharedArea }: CollectRunSetup): {
  reporter: CliReporter;
  http: HttpClient;
  apiRequestsPerSecond: number;
} {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const reporter = createCliReporter({
    logFile: join(logsDir, `collect_${stamp}.log`),
    verbose: args.verbose === true,
    interactive: isInteractive(),
    prefix,
    sharedArea,
  });
  const shared = (rate: number) => rate * share;
  const http = createHttpClient({
    userAgent: userAgent(hx4Version),
    // Image hosts: as many downloads as workers, adapting below this ceiling to how each host answers.
    defaultPolicy: { requestsPerSecond: MEDIA_CEILING_RPS, concurrency: settings.workers },
    maxRequestsPerSecond: {
      allHosts: settings.maxRps.allHosts === undefined ? undefined : shared(settings.maxRps.allHosts),
      hosts: Object.fromEntries(Object.entries(settings.maxRps.hosts).map(([host, rate]) => [host, shared(rate)])),
    },
    insecureHosts: settings.insecureHosts,
    onRetry: ({ url, attempt, delayMs, reason }) =>
      reporter.log('debug', `retry ${String(attempt)} in ${String(delayMs)} ms after ${reason}: ${url}`),
    onLimitChange: ({ host, lane, change: { from, to, reason } }) =>
      reporter.log('debug', `${host} ${lane}: ${describeLimits(from)} → ${describeLimits(to)} (${reason})`),
  });
  const apiHost = new URL(settings.endpoint).host;
  const { coversMedia, ...apiPolicy } = adapter.politeness;
  const apiRequestsPerSecond = shared(settings.requestsPerSecond ?? apiPolicy.requestsPerSecond);
  http.setHostPolicy(apiHost, { ...apiPolicy, requestsPerSecond: apiRequestsPerSecond }, { coversMedia });
  // A site's Crawl-delay is shared like its API rate: N shards together keep to it.
  if (adapter.obeysRobotsTxt) http.obeyRobotsTxt(apiHost, share);
  if (settings.insecureHosts.length) reporter.log('warn', `TLS certificate checks are OFF for: ${settings.insecureHosts.join(', ')}`);
  if (args['batch-size'] !== undefined) reporter.log('info', '--batch-size has no effect: HX4 streams images one at a time');
  const source = adapter.describe?.({ endpoint: settings.endpoint, apiKey: settings.apiKey, window: settings.window });
  if (source) reporter.log('warn', source);
  return { reporter, http, apiRequestsPerSecond };
}
