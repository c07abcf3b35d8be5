import { collect, createHttpClient, resolveImageSettings, silentReporter, vocabularyFromQueries, type RunSummary } from '@hx4/core';
import { europeanaAdapter } from '@hx4/europeana';
import type { Simulator } from '@hx4/testkit';

export const WINDOW = { start: '1900-01-01', end: '1970-12-31' };

/** Several queries share one canonical label, so merged rows get label unions worth checking. */
const CANONICAL = {
  tank: 'armored fighting vehicles',
  'armoured car': 'armored fighting vehicles',
  bomber: 'aircraft',
  aircraft: 'aircraft',
};

export interface SimulatedArchive {
  /** Stands in for another archive: the Europeana adapter under another id and dataset name. */
  id: string;
  datasetName: string;
  sim: Simulator;
  queries: string[];
  jpegQuality?: number;
  thumbnailSize?: [number, number] | null;
  imgMeanStd?: boolean;
}

/** Runs core's `collect` for one simulated archive into `<baseDir>/<NAME>_1900-01-01_1970-12-31`. */
export async function collectSimulated(baseDir: string, archive: SimulatedArchive): Promise<RunSummary> {
  const http = createHttpClient({
    userAgent: 'hx4-merge-test',
    defaultPolicy: { requestsPerSecond: 1000, concurrency: 8 },
    backoffBaseMs: 5,
  });
  http.setHostPolicy(new URL(archive.sim.url).host, { requestsPerSecond: 1000, concurrency: 8 });
  const thumbnailSize = archive.thumbnailSize === undefined ? [256, 256] : archive.thumbnailSize;
  const images = resolveImageSettings({ thumbnailSize: thumbnailSize as [number, number] | null, jpegQuality: archive.jpegQuality ?? 95 });
  try {
    return await collect({
      adapter: { ...europeanaAdapter, id: archive.id, datasetName: archive.datasetName },
      baseDir,
      window: WINDOW,
      endpoint: archive.sim.endpoint('europeana'),
      apiKey: 'api2demo',
      vocabulary: vocabularyFromQueries(archive.queries, CANONICAL),
      http,
      reporter: silentReporter,
      metadataOnly: false,
      images,
      workers: 4,
      imgMeanStd: archive.imgMeanStd ?? true,
      valFraction: 0.35,
      seed: 42,
      retryFailed: 'transient',
    });
  } finally {
    await http.close();
  }
}
