// The public API of @hx4/core, by name: what the archive packages, merge, report, the CLI and library users
// import. Stages, groupers and other internals stay inside the package.
export { v } from './adapter/v.js';
export {
  type AdapterOptions,
  type ArchiveAdapter,
  type ArchiveSource,
  type Cursor,
  type DateWindow,
  type DetailFetcher,
  type Drop,
  type HostPolicy,
  isDrop,
  type OwnQueries,
  type Page,
  type PageRequest,
  type RecordRef,
  type RowDraft,
  type RowResult,
} from './adapter/ArchiveAdapter.js';
export { type AdapterSetup, type ArchiveOption, type ArchiveOptionValues } from './adapter/ArchiveOption.js';
export { ArchiveResponseError, SourceUnavailableError } from './adapter/ArchiveResponseError.js';
export { checkAnswer } from './adapter/checkAnswer.js';
export { defineAdapter } from './adapter/defineAdapter.js';
export { isObject, stringValues, wholeNumber } from './adapter/fieldReaders.js';
export { datasetLayout, type DatasetLayout, layoutOf, RUN_SUMMARY_JSON } from './dataset/DatasetLayout.js';
export { type CallerSettings, type DatasetSettings, type RecordedSettings } from './dataset/DatasetSettings.js';
export { type DatasetSummary, type RecordedRunSummary } from './dataset/DatasetSummary.js';
export { type MergedRunSummary, type MergedSource, type SkippedDataset } from './dataset/MergedRunSummary.js';
export { RunSummaryError } from './dataset/RunSummaryError.js';
export { describeThumbnailSize } from './dataset/describeThumbnailSize.js';
export { harvestedQueries } from './dataset/harvestedQueries.js';
export { readRunSummary } from './dataset/readRunSummary.js';
export { tempPathFor, writeFileAtomic } from './fs/writeFileAtomic.js';
export { requestBudgetFileName } from './hits/RequestBudget.js';
export { harvestQuery } from './hits/harvestQuery.js';
export { hitFiles } from './hits/hitFiles.js';
export { readHits } from './hits/readHits.js';
export { type LaneStats } from './http/AdaptiveLane.js';
export { AimdController, type LimitChange } from './http/AimdController.js';
export { type HttpClient, type HttpClientOptions, type HttpResponse, type RequestOptions } from './http/HttpClient.js';
export { HttpError, type HttpFailureKind } from './http/HttpError.js';
export { createHttpClient } from './http/createHttpClient.js';
export { hostKey } from './http/hostKey.js';
export { userAgent } from './http/userAgent.js';
export { type ImageFailureReason } from './images/ImageError.js';
export { ImageManifest, type ImageManifestEntry } from './images/ImageManifest.js';
export { type ImageSettings, resolveImageSettings } from './images/ImageSettings.js';
export { type ImageType } from './images/sniffImageType.js';
export { type RetryFailed, storeImages } from './images/storeImages.js';
export {
  favourSmallHeap,
  limitMallocArenas,
  type MallocArenaLimit,
  releaseFreeMallocMemory,
  steadyHeap,
  withSmallHeap,
  withSteadyHeap,
} from './memory/index.js';
export { type CollectRequest } from './pipeline/CollectOptions.js';
export { type DropExample, type ImageFailureExample, type QueryFailure, type RunSummary } from './pipeline/RunSummary.js';
export { collect, collectLayout } from './pipeline/collect.js';
export { type ExplainedRecord, type ExplainedRow, explainRecord, type Explanation } from './pipeline/explainRecord.js';
export { MULTI_LABEL_CSV, SINGLE_LABEL_CSV, splitCsvFile } from './pipeline/finalStage.js';
export { RAW_MULTI_LABEL_CSV, RAW_SINGLE_LABEL_CSV } from './pipeline/rowsStage.js';
export { type LogLevel, type Reporter, silentReporter } from './report/Reporter.js';
export { MULTI_LABEL_COLUMNS, RAW_MULTI_LABEL_COLUMNS, RAW_SINGLE_LABEL_COLUMNS, type Row, SINGLE_LABEL_COLUMNS } from './rows/Row.js';
export { type GroupedRow } from './rows/ImageGroup.js';
export { type CanonicalMap, type Vocabulary, vocabularyFromQueries } from './rows/Vocabulary.js';
export { cleanQuery } from './rows/cleanQuery.js';
export { compareAscending } from './rows/compareAscending.js';
export { groupRows } from './rows/groupRows.js';
export { loadCanonicalMap, loadVocabulary } from './rows/loadVocabulary.js';
export { loadWordList } from './rows/loadWordList.js';
export { querySlug } from './rows/querySlug.js';
export { collectShard, type ShardRequest } from './shards/collectShard.js';
export { joinShards } from './shards/joinShards.js';
export { readShardSummary } from './shards/readShardSummary.js';
export { ShardSetError } from './shards/ShardSetError.js';
export { shardLayout, shardsDir } from './shards/shardLayout.js';
export { describeShard, type ShardSpec } from './shards/ShardSpec.js';
export { type ShardSummary } from './shards/ShardSummary.js';
export { DEFAULT_SEED } from './split/SeededRandom.js';
export { DEFAULT_VAL_FRACTION, type SplitOptions, type SplitResult } from './split/SplitOptions.js';
export { iterativeStratifiedSplit } from './split/iterativeStratifiedSplit.js';
export { stratifiedSplit } from './split/stratifiedSplit.js';
export { type ImageStats, type PixelSums, type Rgb } from './stats/ImageStats.js';
export { accumulateStats } from './stats/accumulateStats.js';
export { computeImageStats } from './stats/computeImageStats.js';
export { mergeStats } from './stats/mergeStats.js';
export { pixelSums } from './stats/pixelSums.js';
export { readStatsFile } from './stats/readStatsFile.js';
export { writeStatsFiles } from './stats/writeStatsFiles.js';
export { parseListCell, toCsvCell, toListCell } from './tables/csvCell.js';
export { readCsv } from './tables/readCsv.js';
export { readRows, type StoredRow } from './tables/readRows.js';
export { writeCsv } from './tables/writeCsv.js';
export { basicClean } from './text/basicClean.js';
export { collapseWhitespace, nonBlankText } from './text/collapseWhitespace.js';
export { decodeEntities } from './text/decodeEntities.js';
export { enrichedDescription } from './text/enrichedDescription.js';
export { isEnglish } from './text/isEnglish.js';
export { isOnlyStopWords } from './text/isOnlyStopWords.js';
export { normalise, phraseMatcher, wholeTermMatcher, wordStartMatcher } from './text/termMatchers.js';
export { hx4Version } from './version.js';
