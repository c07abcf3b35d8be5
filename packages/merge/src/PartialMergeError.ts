import type { SkippedDataset } from '@hx4/core';

/** Datasets that would be left out of the merge, which is then not whole: refused unless `allowPartial`. */
export class PartialMergeError extends Error {
  constructor(readonly leftOut: readonly SkippedDataset[]) {
    super(
      `the merge would leave out ${leftOut.map(({ dataset, reason }) => `${dataset} (${reason})`).join('; ')}: ` +
        'finish or fix them, or merge the rest with --allow-partial',
    );
    this.name = 'PartialMergeError';
  }
}
