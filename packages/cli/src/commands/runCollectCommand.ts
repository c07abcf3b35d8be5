import { homedir } from 'node:os';
import { join } from 'node:path';
import { favourSmallHeap } from '@hx4/core';
import type { ArchiveEntry, InstalledArchives } from '../installedArchives.js';
import { archiveOptionValues, checkArchiveFlags } from '../options/archiveOptionValues.js';
import { notInstalled } from '../options/notInstalled.js';
import { requestedArchives } from '../options/requestedArchives.js';
import { resolveCollectSettings, type CollectArgs, type CollectSettings } from '../options/resolveCollectSettings.js';
import { UsageError } from '../options/UsageError.js';
import { collectArchive, collectArchiveShard } from './collectArchive.js';
import { collectMany } from './collectMany.js';
import { mergeAndReport, resolveMergeArgs } from './runMergeCommand.js';
import { shouldMerge } from './shouldMerge.js';

/** Where `hx4 collect all` writes when no -d is given, as run_all_data_collectors.sh did. */
export const DEFAULT_COLLECTION_DIR = join(homedir(), 'datasets', 'WW_DATASETs');

/** `hx4 collect <archive>`, `hx4 collect a b c` or `hx4 collect all` (every installed archive). */
export async function runCollectCommand(args: CollectArgs, archives: InstalledArchives): Promise<number> {
  const { all, entries, leftOut } = requestedArchives((args.archives as string[]).map(String), archives);
  if (all && args['dataset-dir'] === undefined) args['dataset-dir'] = DEFAULT_COLLECTION_DIR;
  checkArchiveFlags(entries, archives.installed, args);
  // Every archive's settings are checked before any archive starts writing.
  const runs = [];
  for (const entry of entries) {
    const settings = await resolveCollectSettings(entry.adapter, args);
    runs.push({ entry: configured(entry, args, settings), settings });
  }
  // Before any record is read: V8's sizing of the heap is what --low-memory changes.
  if (args['low-memory'] === true) favourSmallHeap();
  const single = runs.length === 1 && !all ? runs[0] : undefined;
  if (single === undefined && (args.shard !== undefined || args['join-shards'] !== undefined)) {
    throw new UsageError('--shard and --join-shards take one archive: run one hx4 collect per archive');
  }
  if (single !== undefined) {
    const run = { adapter: single.entry.adapter, settings: single.settings, args };
    const { shard } = single.settings;
    const summary = shard === undefined ? await collectArchive(run) : await collectArchiveShard({ ...run, shard });
    return summary.complete ? 0 : 1;
  }
  const baseDir = runs[0]?.settings.baseDir;
  if (baseDir === undefined) throw new Error('no archive to collect');
  const mergeOptions = resolveMergeArgs({
    ...args,
    'dataset-dir': baseDir,
    phash: true,
    expect: runs.map((run) => run.entry.adapter.id),
  });
  if (leftOut.length > 0) process.stderr.write(`hx4: not installed, so not collected: ${notInstalled(leftOut)}\n`);
  const collected = await collectMany(runs, args);
  if (!(await shouldMerge(args.merge))) return collected;
  const merged = await mergeAndReport(mergeOptions, args.verbose === true);
  return collected === 0 && merged ? 0 : 1;
}

/** The archive with its adapter set up for this run: its own flags, and the run's settings it may use. */
export function configured(entry: ArchiveEntry, args: CollectArgs, settings: CollectSettings): ArchiveEntry {
  const { configure } = entry.adapter;
  if (!configure) return entry;
  return { ...entry, adapter: configure(archiveOptionValues(entry.adapter, args), { thumbnailSize: settings.images.thumbnailSize }) };
}
