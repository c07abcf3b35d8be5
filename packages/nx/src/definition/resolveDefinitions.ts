import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULT_OUT_DIR } from './DEFAULT_OUT_DIR.js';
import type { DefinedDataset, DefinedMergedSet, DefinedProject } from './DefinedProject.js';
import { DefinitionError } from './DefinitionError.js';
import { parseDefinition } from './parseDefinition.js';

/**
 * Reads the definition files (workspace-relative paths) and checks them together: project names are unique,
 * no two datasets write the same folder, and a merged set's sources exist and are exactly the datasets of
 * one folder — `hx4 merge -d DIR` merges every finished dataset in DIR, so any other would be merged too.
 */
export function resolveDefinitions(workspaceRoot: string, files: readonly string[]): DefinedProject[] {
  const parsed = files.map((file) => {
    const root = dirname(file);
    const name = basename(root === '.' ? workspaceRoot : root);
    const definition = parseDefinition(file, readFileSync(join(workspaceRoot, file), 'utf8'));
    return { file, root, name, definition };
  });
  const byName = new Map<string, (typeof parsed)[number]>();
  for (const project of parsed) {
    const other = byName.get(project.name);
    if (other) throw new DefinitionError(project.file, '', `its project name ${project.name} is ${other.file}'s too: rename one folder`);
    byName.set(project.name, project);
  }

  const datasets: DefinedDataset[] = [];
  for (const { file, root, name, definition } of parsed) {
    if (definition.kind !== 'dataset') continue;
    const outDir = definition.dataset.outDir ?? DEFAULT_OUT_DIR;
    const dataset: DefinedDataset = {
      kind: 'dataset',
      file,
      root,
      name,
      outDir,
      outPath: resolve(workspaceRoot, outDir),
      dataset: definition.dataset,
    };
    checkOwnFolder(dataset, datasets);
    datasets.push(dataset);
  }

  const mergedSets: DefinedMergedSet[] = [];
  for (const { file, root, name, definition } of parsed) {
    if (definition.kind !== 'merged') continue;
    const source = (name: string, index: number): DefinedDataset => {
      const dataset = datasets.find((candidate) => candidate.name === name);
      if (dataset) return dataset;
      const problem = byName.has(name) ? `${name} is a merged set; a merge takes datasets` : `no dataset project ${name}`;
      throw new DefinitionError(file, `sources.${index}`, problem);
    };
    const [firstName, ...otherNames] = definition.merged.sources;
    const first = source(firstName, 0);
    const merged: DefinedMergedSet = {
      kind: 'merged',
      file,
      root,
      name,
      outDir: first.outDir,
      outPath: first.outPath,
      merged: definition.merged,
      sources: [first, ...otherNames.map((other, index) => source(other, index + 1))],
    };
    checkMergedFolder(merged, datasets, mergedSets);
    mergedSets.push(merged);
  }
  return [...datasets, ...mergedSets];
}

/** hx4 names a dataset's folder by its archive and window: two definitions of one archive in one folder need two windows. */
function checkOwnFolder(dataset: DefinedDataset, earlier: readonly DefinedDataset[]): void {
  const { archive, window } = dataset.dataset;
  const other = earlier.find((candidate) => candidate.outPath === dataset.outPath && candidate.dataset.archive === archive);
  if (!other) return;
  const otherWindow = other.dataset.window;
  if (!window || !otherWindow) {
    throw new DefinitionError(dataset.file, 'window', `is needed: ${other.file} collects ${archive} into ${dataset.outDir} too`);
  }
  if (window.start === otherWindow.start && window.end === otherWindow.end) {
    throw new DefinitionError(dataset.file, 'window', `is ${other.file}'s too: both would write one folder; change one window or outDir`);
  }
}

function checkMergedFolder(merged: DefinedMergedSet, datasets: readonly DefinedDataset[], earlier: readonly DefinedMergedSet[]): void {
  const [first, ...others] = merged.sources;
  others.forEach((source, index) => {
    if (source.outPath !== first.outPath) {
      throw new DefinitionError(
        merged.file,
        `sources.${index + 1}`,
        `${source.name} writes to ${source.outDir}, ${first.name} to ${merged.outDir}: the datasets of a merge share one outDir`,
      );
    }
  });
  const leftOut = datasets.find((dataset) => dataset.outPath === merged.outPath && !merged.sources.includes(dataset));
  if (leftOut) {
    throw new DefinitionError(
      merged.file,
      'sources',
      `leaves out ${leftOut.name}, which collects into ${merged.outDir} too and would be merged as well: list it, or give it another outDir`,
    );
  }
  const other = earlier.find((candidate) => candidate.outPath === merged.outPath);
  if (other) throw new DefinitionError(merged.file, 'sources', `are the datasets ${other.file} merges already`);
}
