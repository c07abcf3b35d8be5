import type { Reporter } from '@hx4/core';
import { writeReport } from '@hx4/report';

/** The dataset card and charts after a run: a failure there is worth a warning, not a failed collection. */
export async function reportOrWarn(datasetDir: string, reporter: Reporter): Promise<void> {
  try {
    const { files } = await writeReport(datasetDir, { reporter });
    reporter.log('info', `report: ${files.length} files (report.html, croissant.json, outputs/)`);
  } catch (error) {
    reporter.log('warn', `report not written: ${(error as Error).message.split('\n')[0]}`);
  }
}
