import type { TargetConfiguration } from '@nx/devkit';
import type { DefinedMergedSet } from '../definition/DefinedProject.js';
import type { ReportExecutorOptions } from '../report/ReportExecutorOptions.js';
import { flagArguments } from './flagArguments.js';
import { shellCommand } from './shellCommand.js';

/**
 * `merge` collects what its sources still lack (their `collect` targets run first) and runs `hx4 merge` on their
 * shared folder, expecting every source's archive so that a missing one fails the merge instead of shrinking it;
 * `report` rewrites the merged dataset's charts and card. Not cached by Nx, as the datasets are not (datasetTargets).
 */
export function mergedSetTargets(project: DefinedMergedSet): Record<string, TargetConfiguration> {
  const archives = project.sources.map((source) => source.dataset.archive);
  const expected = [...new Set(archives)].sort().flatMap((archive) => ['--expect', archive]);
  const report: ReportExecutorOptions = { outDir: project.outDir, mergeOf: [...archives].sort() };
  return {
    merge: {
      executor: 'nx:run-commands',
      options: { command: shellCommand(['hx4', 'merge', '-d', project.outDir, ...expected, ...flagArguments(project.merged.options)]) },
      dependsOn: [{ projects: project.sources.map((source) => source.name), target: 'collect' }],
      cache: false,
      metadata: { description: `Merge ${project.sources.map((source) => source.name).join(', ')} into ${project.outDir}/HISTORY_X<N>` },
    },
    report: {
      executor: '@hx4/nx:report',
      options: report,
      cache: false,
      metadata: { description: 'Rewrite the charts, report.html and croissant.json of the merged dataset' },
    },
  };
}
