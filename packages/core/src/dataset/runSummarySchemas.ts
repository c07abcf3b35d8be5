import * as v from 'valibot';

// readRunSummary's return type holds the outputs of these schemas to RecordedRunSummary and MergedRunSummary.

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const counts = v.record(v.string(), count);
const timings = v.record(v.string(), v.number());
const window = v.nullable(v.object({ start: v.string(), end: v.string() }));
const thumbnailSize = v.nullable(v.tuple([count, count]));
const hostPolicy = v.object({ requestsPerSecond: v.number(), concurrency: v.number() });
const stats = v.object({ mean: v.array(v.number()), std: v.array(v.number()), images: count, pixels: count });
const final = {
  multiLabel: count,
  singleLabel: count,
  singleLabelTrain: count,
  singleLabelVal: count,
  singleLabelLeftOut: count,
  multiLabelTrain: count,
  multiLabelVal: count,
  multiLabelLeftOut: count,
  labels: count,
};
/** Fields written only since a later HX4 read as empty in the summaries of earlier datasets. */
const since = <T extends v.GenericSchema>(schema: T, empty: v.InferOutput<T>) => v.optional(schema, () => structuredClone(empty));

/** One archive's `run-summary.json`, as `collect()` writes it (see `RunSummary`). */
export const archiveRunSummarySchema = v.object({
  version: v.literal(1),
  hx4: v.string(),
  archive: v.string(),
  dataset: v.string(),
  // Every key may be missing in a dataset made before all were recorded; the caller's own keys pass as they are.
  settings: v.looseObject({
    endpoint: v.optional(v.string()),
    window: v.optional(window),
    queries: v.optional(count),
    thumbnailSize: v.optional(thumbnailSize),
    largeImageThresholdBytes: v.optional(v.nullable(count)),
    jpegQuality: v.optional(count),
    maxBytes: v.optional(count),
    maxPixels: v.optional(count),
    valFraction: v.optional(v.number()),
    seed: v.optional(v.number()),
    workers: v.optional(count),
    imgMeanStd: v.optional(v.boolean()),
    metadataOnly: v.optional(v.boolean()),
    maxRequests: v.optional(v.nullable(count)),
    retryFailed: v.optional(v.picklist(['transient', 'all'])),
    archive: v.optional(v.record(v.string(), v.union([v.string(), v.number(), v.boolean(), v.null(), v.array(v.string())]))),
  }),
  hits: v.object({
    queries: count,
    cachedQueries: count,
    pages: count,
    records: count,
    failedQueries: v.array(v.object({ query: v.string(), reason: v.string() })),
    sources: v.optional(v.record(v.string(), v.string())),
    budget: v.optional(v.object({ used: count, limit: count, exhausted: v.boolean(), unfinishedQueries: count })),
  }),
  rows: v.object({
    accepted: count,
    dropped: counts,
    dropExamples: since(
      v.record(v.string(), v.array(v.object({ id: v.nullable(v.string()), url: v.nullable(v.string()), query: v.string() }))),
      {},
    ),
    dateSources: since(counts, {}),
    images: count,
  }),
  images: v.optional(
    v.object({
      ok: count,
      reused: count,
      downloaded: count,
      failed: counts,
      failedExamples: since(v.record(v.string(), v.array(v.object({ id: v.string(), url: v.string() }))), {}),
      formats: since(counts, {}),
      retried: since(v.object({ attempted: count, recovered: count }), { attempted: 0, recovered: 0 }),
    }),
  ),
  final: v.optional(v.object(final)),
  stats: v.optional(stats),
  politeness: since(
    v.array(
      v.object({
        host: v.string(),
        lane: v.string(),
        requests: count,
        throttled: count,
        timeouts: count,
        settled: hostPolicy,
        ceiling: hostPolicy,
      }),
    ),
    [],
  ),
  timingsMs: timings,
  complete: v.boolean(),
  shards: v.optional(v.pipe(count, v.minValue(1))),
});

/** A merge's `run-summary.json`, as `@hx4/merge` writes it (see `MergedRunSummary`). */
export const mergedRunSummarySchema = v.object({
  version: v.literal(1),
  kind: v.literal('merged'),
  hx4: v.string(),
  dataset: v.string(),
  settings: v.object({
    thumbnailSize: v.optional(thumbnailSize),
    perceptualThreshold: v.nullable(count),
    valFraction: v.number(),
    seed: v.number(),
    chunkSize: v.nullable(count),
  }),
  sources: v.array(v.object({ archive: v.string(), dataset: v.string(), rows: count, kept: count })),
  skipped: v.array(v.object({ dataset: v.string(), reason: v.string() })),
  duplicates: v.object({ url: count, bytes: count, perceptual: count }),
  images: v.object({ hashed: count, cached: count }),
  final: v.object({ ...final, chunks: count }),
  stats: v.optional(stats),
  timingsMs: timings,
});
