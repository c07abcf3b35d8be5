import { homedir } from 'node:os';
import { join } from 'node:path';
import { archives, findArchive, type ArchiveEntry } from '../archives.js';
import { archiveOptionValues, checkArchiveFlags } from '../options/archiveOptionValues.js';
import { resolveCollectSettings, type CollectArgs, type CollectSettings } from '../options/resolveCollectSettings.js';
import { UsageError } from '../options/UsageError.js';
import { collectArchive, collectArchiveShard } from './collectArchive.js';
import { collectMany } from './collectMany.js';
import { mergeAndReport, resolveMergeArgs } from './runMergeCommand.js';
import { shouldMerge } from './shouldMerge.js';

/** Where `hx4 collect all` writes when no -d is given, as run_all_data_collectors.sh did. */
export const DEFAULT_COLLECTION_DIR = join(homedir(), 'datasets', 'WW_DATASETs');

/** `hx4 collect <archive>`, `hx4 collect a b c` or `hx4 collect all`. */
export async function runCollectCommand(args: CollectArgs): Promise<number> {
  const requested = (args.archives as string[]).map(String);
  const all = requested.includes('all');
  const entries = all ? archives : [...new Set(requested)].map(archiveNamed);
  if (all && args['dataset-dir'] === undefined) args['dataset-dir'] = DEFAULT_COLLECTION_DIR;
  checkArchiveFlags(entries, archives, args);
  // Every archive's settings are checked before any archive starts writing.
  const runs = [];
  for (const entry of entries) {
    const settings = await resolveCollectSettings(entry.adapter, args);
    runs.push({ entry: configured(entry, args, settings), settings });
  }
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
  const mergeOptions = resolveMergeArgs({
    ...args,
    'dataset-dir': runs[0].settings.baseDir,
    phash: true,
    expect: runs.map((run) => run.entry.adapter.id),
  });
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

/** The archive with this id, or a usage error listing the known ones. */
export function archiveNamed(id: string): ArchiveEntry {
  const entry = findArchive(id);
  if (!entry) {
    const known = archives.map((archive) => archive.adapter.id).join(', ');
    throw new UsageError(`unknown archive "${id}": choose one of ${known}, or all`);
  }
  return entry;
}
