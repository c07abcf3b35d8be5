import type { Reporter } from '@hx4/core';

/** The dataset card and charts after a run: a failure there is worth a warning, not a failed collection. */
export async function reportOrWarn(datasetDir: string, reporter: Reporter): Promise<void> {
  try {
    // Loaded when the report is written, not with the CLI: its charting libraries take ~25 MB, which
    // would otherwise sit in the process through a collection's image work (docs/benchmarks.md, memory).
    const { writeReport } = await import('@hx4/report');
    const { files } = await writeReport(datasetDir, { reporter });
    reporter.log('info', `report: ${files.length} files (report.html, croissant.json, outputs/)`);
  } catch (error) {
    reporter.log('warn', `report not written: ${(error as Error).message.split('\n')[0]}`);
  }
}
