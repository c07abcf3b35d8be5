import type { RunSummary } from '../pipeline/RunSummary.js';
import type { RecordedSettings } from './DatasetSettings.js';
import type { MergedRunSummary } from './MergedRunSummary.js';

/** One archive's run summary as read back: settings as the dataset recorded them (see `RecordedSettings`). */
export type RecordedRunSummary = Omit<RunSummary, 'settings'> & { settings: RecordedSettings };

/** What a dataset folder's `run-summary.json` says it is: one archive's collect run, or a merge of several. */
export type DatasetSummary = { kind: 'archive'; summary: RecordedRunSummary } | { kind: 'merged'; summary: MergedRunSummary };
