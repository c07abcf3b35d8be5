import type { NxJsonConfiguration } from '@nx/devkit';
import { DefinitionError } from './DefinitionError.js';

/** The keys of nx.json `targetDefaults` that Nx would apply to the plugin's targets: their names and executors. */
const KEYS_OF_HX4_TARGETS = ['collect', 'merge', 'report', 'nx:run-commands', '@hx4/nx:report'];

/**
 * Nx applies `targetDefaults` over what a plugin infers: a default that caches one of these targets would let Nx
 * replay a collect or a merge instead of letting hx4 check the dataset. Such a workspace is refused, naming the key.
 */
export function checkTargetDefaults(nxJson: NxJsonConfiguration): void {
  const cached = KEYS_OF_HX4_TARGETS.find((key) => nxJson.targetDefaults?.[key]?.cache === true);
  if (cached === undefined) return;
  throw new DefinitionError(
    'nx.json',
    `targetDefaults.${cached}.cache`,
    "would let Nx replay hx4's collect, merge or report from its cache; the dataset folders are hx4's own cache (docs/nx.md)",
  );
}
