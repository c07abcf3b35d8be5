import yargs from 'yargs';
import { runCollectCommand } from './commands/runCollectCommand.js';
import { runDemoCommand } from './commands/runDemoCommand.js';
import { runExplainCommand } from './commands/runExplainCommand.js';
import { runExportCommand } from './commands/runExportCommand.js';
import { runMergeCommand } from './commands/runMergeCommand.js';
import { runReportCommand } from './commands/runReportCommand.js';
import { runSlurmCommand } from './commands/runSlurmCommand.js';
import { installedArchives, type InstalledArchives } from './installedArchives.js';
import { knownArchives } from './knownArchives.js';
import { archivesHelp } from './options/archivesHelp.js';
import { collectFlags } from './options/collectOptions.js';
import { exportFlags } from './options/exportOptions.js';
import { mergeFlags } from './options/mergeOptions.js';
import { notInstalled } from './options/notInstalled.js';
import { slurmCollectFlags, slurmOwnFlags } from './options/slurmOptions.js';
import { UsageError } from './options/UsageError.js';

/** `hx4 …`: returns the exit code (2 for bad input, 1 for a failed or incomplete run). */
export async function main(argv: string[]): Promise<number> {
  try {
    return await runCommand(argv, await installedArchives(knownArchives));
  } catch (error) {
    if (error instanceof UsageError || !(error instanceof Error) || error.name === 'YError') {
      process.stderr.write(`hx4: ${oneLine(error)}\n`);
      return 2;
    }
    process.stderr.write(`hx4: error: ${oneLine(error)}\n`);
    return 1;
  }
}

/** Runs the command `argv` names with the archives installed; bad input is thrown as a UsageError. */
async function runCommand(argv: string[], archives: InstalledArchives): Promise<number> {
  let exitCode = 0;
  const archiveIds = archives.installed.map((entry) => entry.adapter.id);
  const archivesEpilogue = archivesHelp(archives);
  const parser = yargs(argv)
    .scriptName('hx4')
    // `-ddir`, `-nw`, `-sdt`: the History-X4 scripts' multi-letter single-dash flags are whole names.
    .parserConfiguration({ 'short-option-groups': false })
    .command(
      'collect <archives..>',
      archiveIds.length > 0
        ? `Collect archives into datasets: ${archiveIds.join(', ')}, several, or all`
        : 'Collect archives into datasets (none is installed: see below)',
      (y) =>
        y
          .positional('archives', { type: 'string', array: true, describe: 'Archives to collect (all = every installed archive)' })
          .options(collectFlags(archives.installed))
          .epilogue(archivesEpilogue),
      async (args) => {
        exitCode = await runCollectCommand(args, archives);
      },
    )
    .command(
      'slurm <archives..>',
      'Write (and with --submit, submit) a Slurm job array that collects archives in shards, and a merge job after it',
      (y) =>
        y
          .positional('archives', { type: 'string', array: true, describe: 'Archives to collect (all = every installed archive)' })
          .options({ ...slurmCollectFlags(archives.installed), ...slurmOwnFlags })
          .epilogue(archivesEpilogue),
      async (args) => {
        exitCode = await runSlurmCommand(args, archives);
      },
    )
    .command(
      'merge',
      'Merge the per-archive datasets under -d into HISTORY_X<N>, de-duplicated across archives',
      (y) => y.options(mergeFlags),
      async (args) => {
        exitCode = await runMergeCommand(args);
      },
    )
    .command(
      'report <dir>',
      'Regenerate the charts, report.html and croissant.json of a dataset folder',
      (y) =>
        y
          .positional('dir', { type: 'string', describe: 'A dataset folder written by hx4 collect or hx4 merge' })
          .options({ verbose: { alias: ['v'], type: 'boolean', default: false } }),
      async (args) => {
        exitCode = await runReportCommand(args);
      },
    )
    .command(
      'explain <dir> <id>',
      "Show one record as the archive sent it, the row it became or why it was dropped, and its image's fate",
      (y) =>
        y
          .positional('dir', { type: 'string', describe: 'A dataset folder written by hx4 collect' })
          .positional('id', { type: 'string', describe: "The archive's record id (the doc_id column) or a row id" })
          .options({ json: { type: 'boolean', default: false, describe: 'Print the explanation as JSON' } }),
      async (args) => {
        exitCode = await runExplainCommand(args, archives);
      },
    )
    .command(
      'export <dataset-dir>',
      'Export a dataset for a trainer: WebDataset shards, a Hugging Face imagefolder or open_clip CSVs',
      (y) =>
        y
          .positional('dataset-dir', { type: 'string', describe: 'A dataset folder written by hx4 collect, demo or merge' })
          .options(exportFlags),
      async (args) => {
        exitCode = await runExportCommand(args);
      },
    )
    .command(
      'demo',
      'Run the whole pipeline offline against the built-in archive simulator',
      (y) =>
        y.options({
          'dataset-dir': { alias: ['d', 'dir'], type: 'string', default: 'hx4-demo', describe: 'Where to write the demo datasets' },
          verbose: { alias: ['v'], type: 'boolean', default: false },
        }),
      async (args) => {
        exitCode = await runDemoCommand(args, archives);
      },
    )
    .demandCommand(1, 'name a command: collect, slurm, merge, report, explain, export or demo (hx4 --help lists them)')
    .strict()
    .epilogue(archivesEpilogue)
    .help()
    .alias('h', 'help')
    .version()
    .exitProcess(false)
    .fail((message, error) => {
      // yargs types the error as always given; it is not when yargs itself refuses the arguments.
      if (error as Error | undefined) throw error;
      // An archive's own flags (SMU's --collections) exist only with its package installed.
      const unknownFlag = /^Unknown arguments?:/u.test(message) && archives.missing.length > 0;
      throw new UsageError(
        unknownFlag ? `${message}; archives not installed bring flags of their own: ${notInstalled(archives.missing)}` : message,
      );
    });
  await parser.parseAsync();
  return exitCode;
}

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
