import type { DateWindow } from '../definition/DatasetDefinition.js';

/** Options of the `@hx4/nx:report` executor: which dataset folder under `outDir` to report. */
export type ReportExecutorOptions =
  | {
      /** The folder holding the dataset folders, workspace-relative or absolute. */
      outDir: string;
      /** One archive's dataset… */
      archive: string;
      /** …of this window; without it, the only dataset of the archive in `outDir`. */
      window?: DateWindow;
    }
  | {
      outDir: string;
      /** The merge of datasets of these archives (sorted, one entry per source). */
      mergeOf: string[];
    };
