import { join } from 'node:path';
import { collect, createHttpClient, resolveImageSettings, silentReporter, vocabularyFromQueries, type RunSummary } from '@hx4/core';
import { europeanaAdapter } from '@hx4/europeana';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { startSimulator } from '@hx4/testkit';
import { tempBase } from './datasetFixture.js';

export const QUERIES = ['tank', 'field hospital', 'submarine'];

/** A real per-archive dataset: core's collect() against the Europeana simulator on 127.0.0.1. */
export async function collectFixture(): Promise<{ datasetDir: string; summary: RunSummary }> {
  const sim = await startSimulator({
    archives: [europeanaSimulator({ totals: { tank: 40, 'field hospital': 12, submarine: 6 }, imageSize: [160, 120] })],
  });
  const http = createHttpClient({
    userAgent: 'hx4-report-test',
    defaultPolicy: { requestsPerSecond: 1000, concurrency: 4 },
    backoffBaseMs: 1,
  });
  const endpoint = sim.endpoint('europeana');
  try {
    const baseDir = await tempBase('collect');
    const summary = await collect({
      adapter: europeanaAdapter,
      baseDir,
      window: { start: '1900-01-01', end: '1970-12-31' },
      endpoint,
      apiKey: 'test-key',
      vocabulary: vocabularyFromQueries(QUERIES),
      http,
      reporter: silentReporter,
      metadataOnly: false,
      images: resolveImageSettings({ thumbnailSize: [128, 128] }),
      workers: 4,
      imgMeanStd: true,
      valFraction: 0.35,
      seed: 42,
      retryFailed: 'transient',
    });
    return { datasetDir: join(baseDir, summary.dataset), summary };
  } finally {
    await http.close();
    await sim.close();
  }
}
