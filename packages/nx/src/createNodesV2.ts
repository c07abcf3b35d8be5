import type { CreateNodesResult, CreateNodesV2 } from '@nx/devkit';
import { checkTargetDefaults } from './definition/checkTargetDefaults.js';
import { resolveDefinitions } from './definition/resolveDefinitions.js';
import { datasetTargets } from './targets/datasetTargets.js';
import { mergedSetTargets } from './targets/mergedSetTargets.js';

/** The file that makes its folder an HX4 dataset (or merged set) project. */
export const DEFINITION_FILE = 'hx4.dataset.json';

/**
 * Nx's inferred-tasks entry point: each `hx4.dataset.json` becomes a project named after its folder, with
 * `collect` and `report` targets (one archive's dataset) or `merge` and `report` (a merged set). All files
 * are read together, since a merged set's sources are other files' projects.
 */
export const createNodesV2: CreateNodesV2 = [
  `**/${DEFINITION_FILE}`,
  (files, _options, context) => {
    checkTargetDefaults(context.nxJsonConfiguration);
    return resolveDefinitions(context.workspaceRoot, files).map((project): readonly [string, CreateNodesResult] => [
      project.file,
      {
        projects: {
          [project.root]: {
            name: project.name,
            targets: project.kind === 'dataset' ? datasetTargets(project) : mergedSetTargets(project),
          },
        },
      },
    ]);
  },
];
