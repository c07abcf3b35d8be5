import type { DatasetDefinition, MergedSetDefinition } from './DatasetDefinition.js';

/** What every definition file makes: an Nx project named after its folder. */
interface ProjectOfFile {
  /** The definition file, relative to the workspace root. */
  file: string;
  /** Its folder: the project's root. */
  root: string;
  name: string;
  /** Where hx4 writes the dataset folders, as the definition gives it (workspace-relative or absolute). */
  outDir: string;
  /** `outDir` resolved against the workspace root: what two definitions compare to share a folder. */
  outPath: string;
}

export interface DefinedDataset extends ProjectOfFile {
  kind: 'dataset';
  dataset: DatasetDefinition;
}

export interface DefinedMergedSet extends ProjectOfFile {
  kind: 'merged';
  merged: MergedSetDefinition;
  /** Its sources, in the order the definition lists them; the first gives the folder they share. */
  sources: [DefinedDataset, ...DefinedDataset[]];
}

export type DefinedProject = DefinedDataset | DefinedMergedSet;
