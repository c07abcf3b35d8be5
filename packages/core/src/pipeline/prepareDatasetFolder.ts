import { createDatasetFolders, type DatasetLayout } from '../dataset/DatasetLayout.js';
import { removeStaleTempFiles } from '../fs/writeFileAtomic.js';

/** Creates the folder's subfolders and clears what a killed run may have left: temp files beside the files it was replacing. */
export async function prepareDatasetFolder(layout: DatasetLayout): Promise<void> {
  await createDatasetFolders(layout);
  // Never read, so removing them is always safe.
  for (const dir of [layout.root, layout.hits, layout.detailPages, layout.state, layout.logs, layout.outputs, layout.images]) {
    await removeStaleTempFiles(dir);
  }
}
