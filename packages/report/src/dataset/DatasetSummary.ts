import type { DatasetSummary as RunSummaryOfFolder } from '@hx4/core';

/** What a dataset folder says about itself (one archive's collect run, or a merge of several), and its name. */
export type DatasetSummary = RunSummaryOfFolder & { name: string };
