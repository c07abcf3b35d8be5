import type { DatasetSettings } from '../dataset/DatasetSettings.js';
import { requestLimitOf, type CollectOptions } from './CollectOptions.js';

/** The resolved options a dataset records: everything that decides what lands in it, no secrets (the API key). */
export function datasetSettings(options: CollectOptions): DatasetSettings {
  const { images } = options;
  return {
    endpoint: options.endpoint,
    window: options.window,
    queries: options.vocabulary.queries.length,
    thumbnailSize: images.thumbnailSize,
    largeImageThresholdBytes: images.largeImageThresholdBytes,
    jpegQuality: images.jpegQuality,
    maxBytes: images.maxBytes,
    maxPixels: images.maxPixels,
    valFraction: options.valFraction,
    seed: options.seed,
    workers: options.workers,
    imgMeanStd: options.imgMeanStd,
    metadataOnly: options.metadataOnly,
    maxRequests: requestLimitOf(options) ?? null,
    retryFailed: options.retryFailed,
    archive: options.adapter.settings ?? {},
  };
}
