export * from './Row.js';
export { cleanQuery } from './cleanQuery.js';
export { vocabularyFromQueries, type Vocabulary, type CanonicalMap } from './Vocabulary.js';
export { loadCanonicalMap, loadVocabulary, type VocabularyFiles } from './loadVocabulary.js';
export { querySlug } from './querySlug.js';
export { groupRows } from './groupRows.js';
export { RowGrouper, type GroupRowsOptions, type GroupedRow, type RowContribution } from './RowGrouper.js';
export { assignUniqueIds, type IdClaim } from './assignUniqueIds.js';
export { compareAscending } from './compareAscending.js';
