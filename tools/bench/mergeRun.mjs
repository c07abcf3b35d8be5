// Child process of the merge benchmark: generates the input, then times one merge of it.
import { silentReporter } from '@hx4/core';
import { generateMergeBenchInput, mergeDatasets } from '@hx4/merge';
import { measureMain } from './childProcess.mjs';
import { peakRssBytes } from './cpuAccounting.mjs';

await measureMain(async ({ dir, archives, rows }) => {
  const input = await generateMergeBenchInput(dir, { archives, rows });
  const rssAfterInput = peakRssBytes();
  const started = performance.now();
  const summary = await mergeDatasets({ baseDir: input.baseDir, reporter: silentReporter });
  return {
    rows: input.rows,
    archives,
    merged: summary.final.multiLabel,
    duplicates: summary.duplicates,
    planted: input.planted,
    seconds: (performance.now() - started) / 1000,
    peakRss: peakRssBytes(),
    rssAfterInput,
  };
});
