import { join } from 'node:path';
import { collect, collectLayout, createHttpClient, hx4Version, userAgent, type ArchiveAdapter, type RunSummary } from '@hx4/core';
import { createCliReporter } from '../reporter/createCliReporter.js';
import { isInteractive } from '../reporter/isInteractive.js';
import type { StatusArea } from '../reporter/StatusArea.js';
import type { CollectArgs, CollectSettings } from '../options/resolveCollectSettings.js';
import { formatSummary } from '../reporter/formatSummary.js';
import { reportOrWarn } from './reportOrWarn.js';

export interface CollectRun {
  adapter: ArchiveAdapter;
  settings: CollectSettings;
  args: CollectArgs;
  /** Show a line prefix naming the archive (several archives in one terminal). */
  prefix?: string;
  /** The live status area of archives collected side by side. */
  sharedArea?: StatusArea;
}

/**
 * The most requests per second HX4 sends one image host unless the user says otherwise (`--max-rps`).
 * What keeps an image host comfortable is the number of downloads in flight (`-nw`, as Scrapy's per-domain
 * concurrency) and the lane's adaptation to how the host answers; this ceiling only stops a lane that meets
 * no sign of strain from running away. It sits above what `-nw 8` on small images can ask of a fast host, so
 * a healthy one is limited by the machine's image work, not by the ceiling (docs/benchmarks.md).
 */
export const MEDIA_CEILING_RPS = 250;

const describeLimits = ({ requestsPerSecond, concurrency }: { requestsPerSecond: number; concurrency: number }) =>
  `${concurrency} in flight, ${Number(requestsPerSecond.toFixed(2))}/s`;

/** Runs one archive's collection with a log file in its dataset's `logs/`. */
export async function collectArchive({ adapter, settings, args, prefix, sharedArea }: CollectRun): Promise<RunSummary> {
  const layout = collectLayout({ adapter, baseDir: settings.baseDir, window: settings.window });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const reporter = createCliReporter({
    logFile: join(layout.logs, `collect_${stamp}.log`),
    verbose: args.verbose === true,
    interactive: isInteractive(),
    prefix,
    sharedArea,
  });
  const http = createHttpClient({
    userAgent: userAgent(hx4Version),
    // Image hosts: as many downloads as workers, adapting below this ceiling to how each host answers.
    defaultPolicy: { requestsPerSecond: MEDIA_CEILING_RPS, concurrency: settings.workers },
    maxRequestsPerSecond: settings.maxRps,
    insecureHosts: settings.insecureHosts,
    onRetry: ({ url, attempt, delayMs, reason }) =>
      reporter.log('debug', `retry ${attempt} in ${delayMs} ms after ${reason}: ${url}`),
    onLimitChange: ({ host, lane, change: { from, to, reason } }) =>
      reporter.log('debug', `${host} ${lane}: ${describeLimits(from)} → ${describeLimits(to)} (${reason})`),
  });
  const apiHost = new URL(settings.endpoint).host;
  const { coversMedia, ...apiPolicy } = adapter.politeness;
  http.setHostPolicy(
    apiHost,
    { ...apiPolicy, ...(settings.requestsPerSecond ? { requestsPerSecond: settings.requestsPerSecond } : {}) },
    { coversMedia },
  );
  if (adapter.obeysRobotsTxt) http.obeyRobotsTxt(apiHost);
  if (settings.insecureHosts.length) {
    reporter.log('warn', `TLS certificate checks are OFF for: ${settings.insecureHosts.join(', ')}`);
  }
  if (args['batch-size'] !== undefined) reporter.log('info', '--batch-size has no effect: HX4 streams images one at a time');
  reporter.log('info', `HX4 ${hx4Version}: collecting ${adapter.id} into ${layout.root} from ${settings.endpoint}`);
  const source = adapter.describe?.({ endpoint: settings.endpoint, apiKey: settings.apiKey, window: settings.window });
  if (source) reporter.log('warn', source);
  try {
    const summary = await collect({
      adapter,
      baseDir: settings.baseDir,
      window: settings.window,
      endpoint: settings.endpoint,
      apiKey: settings.apiKey,
      vocabulary: settings.vocabulary,
      meaninglessWords: settings.meaninglessWords,
      http,
      reporter,
      metadataOnly: args['metadata-only'] === true,
      images: settings.images,
      workers: settings.workers,
      imgMeanStd: args['img-mean-std'] === true,
      valFraction: settings.valFraction,
      seed: settings.seed,
      retryFailed: args['retry-failed'] === true ? 'all' : 'transient',
      maxRequests: settings.maxRequests,
      // Limits that live in the HTTP client built here; core records everything else it was given.
      callerSettings: { maxRps: settings.maxRps, insecureHosts: settings.insecureHosts },
    });
    for (const line of formatSummary(summary)) reporter.log('info', line);
    await reportOrWarn(layout.root, reporter);
    return summary;
  } catch (error) {
    reporter.log('error', (error as Error).message);
    throw error;
  } finally {
    await http.close();
    await reporter.close();
  }
}
