import type { TargetConfiguration } from '@nx/devkit';
import type { DefinedDataset } from '../definition/DefinedProject.js';
import type { ReportExecutorOptions } from '../report/ReportExecutorOptions.js';
import { flagArguments } from './flagArguments.js';
import { shellCommand } from './shellCommand.js';

/**
 * `collect` runs `hx4 collect` for the dataset and `report` rewrites its charts and card. Neither is cached by Nx:
 * the dataset folder is hx4's own cache (finished queries and stored images are never fetched again, a killed run
 * resumes), and a copy of it restored by Nx could be older than what the archive now holds or what hx4 last wrote.
 */
export function datasetTargets(project: DefinedDataset): Record<string, TargetConfiguration> {
  const { archive, window, options } = project.dataset;
  const windowArguments = window ? ['--start-date', window.start, '--end-date', window.end] : [];
  const report: ReportExecutorOptions = { outDir: project.outDir, archive, ...(window ? { window } : {}) };
  return {
    collect: {
      executor: 'nx:run-commands',
      options: { command: shellCommand(['hx4', 'collect', archive, '-d', project.outDir, ...windowArguments, ...flagArguments(options)]) },
      cache: false,
      metadata: { description: `Collect the ${archive} dataset into ${project.outDir}/ (hx4 resumes where it stopped)` },
    },
    report: {
      executor: '@hx4/nx:report',
      options: report,
      cache: false,
      metadata: { description: `Rewrite the charts, report.html and croissant.json of the ${archive} dataset` },
    },
  };
}
