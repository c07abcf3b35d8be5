import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../options/UsageError.js';
import { createCliReporter } from '../reporter/createCliReporter.js';

/** `hx4 report DIR`: regenerate the charts, report.html and croissant.json of an existing dataset. */
export async function runReportCommand(args: Record<string, unknown>): Promise<number> {
  const dir = resolve(String(args.dir));
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`${String(args.dir)} is not a dataset folder`);
  const reporter = createCliReporter({ verbose: args.verbose === true, interactive: false });
  try {
    // Imported here as in reportOrWarn: only the commands that write a report load its charting libraries.
    const { writeReport } = await import('@hx4/report');
    const { files } = await writeReport(dir, { reporter });
    process.stderr.write(`hx4 report: wrote ${files.length} files in ${dir}\n`);
    return 0;
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  } finally {
    await reporter.close();
  }
}
