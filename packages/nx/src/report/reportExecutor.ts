import { spawn } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { findDatasetFolder } from './findDatasetFolder.js';
import type { ReportExecutorOptions } from './ReportExecutorOptions.js';

/**
 * `@hx4/nx:report`: `hx4 report` on the dataset folder the options describe. The folder's name is hx4's to choose
 * (the archive's dataset name and the window, defaults included), so it is looked up when the target runs.
 */
export default async function reportExecutor(options: ReportExecutorOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  let folder: string;
  try {
    folder = await findDatasetFolder(resolve(context.root, options.outDir), options);
  } catch (error) {
    const first = 'mergeOf' in options ? 'merge' : 'collect';
    process.stderr.write(`@hx4/nx:report: ${(error as Error).message}: run nx run ${context.projectName ?? '<project>'}:${first} first\n`);
    return { success: false };
  }
  const code = await new Promise<number | null>((done, fail) => {
    // As nx:run-commands does: the workspace's installed binaries first, hx4 among them.
    const path = [join(context.root, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(delimiter);
    spawn('hx4', ['report', folder], { cwd: context.root, stdio: 'inherit', env: { ...process.env, PATH: path } })
      .on('error', fail)
      .on('exit', done);
  });
  return { success: code === 0 };
}
