import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DateWindow } from '../adapter/ArchiveAdapter.js';

/** Where everything of one dataset lives: `<base>/<NAME>_<start>_<end>/`. */
export interface DatasetLayout {
  name: string;
  root: string;
  images: string;
  hits: string;
  /** Cached item and attachment pages of archives whose records link to them. */
  detailPages: string;
  outputs: string;
  logs: string;
  /** Resumable run state (image manifest); never read by training code. */
  state: string;
  /** The image manifest (`state/images.jsonl`): every image's outcome. */
  imageManifest: string;
  /** Downloads in progress; same filesystem as images/ so the final rename is atomic. */
  tmp: string;
  file(name: string): string;
}

export function datasetFolderName(datasetName: string, window: DateWindow | null): string {
  return window ? `${datasetName}_${window.start}_${window.end}` : datasetName;
}

export function datasetLayout(baseDir: string, name: string): DatasetLayout {
  const root = resolve(baseDir, name);
  return {
    name,
    root,
    images: join(root, 'images'),
    hits: join(root, 'hits'),
    detailPages: join(root, 'hits', 'pages'),
    outputs: join(root, 'outputs'),
    logs: join(root, 'logs'),
    state: join(root, 'state'),
    imageManifest: join(root, 'state', 'images.jsonl'),
    tmp: join(root, 'tmp'),
    file: (fileName) => join(root, fileName),
  };
}

export async function createDatasetFolders(layout: DatasetLayout): Promise<void> {
  for (const dir of [layout.images, layout.hits, layout.outputs, layout.logs, layout.state, layout.tmp]) {
    await mkdir(dir, { recursive: true });
  }
}
