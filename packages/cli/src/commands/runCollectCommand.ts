import { archives, findArchive } from '../archives.js';
import { resolveCollectSettings, type CollectArgs } from '../options/resolveCollectSettings.js';
import { UsageError } from '../options/UsageError.js';
import { collectArchive } from './collectArchive.js';

export async function runCollectCommand(args: CollectArgs): Promise<number> {
  const entry = findArchive(String(args.archive));
  if (!entry) {
    const known = archives.map((archive) => archive.adapter.id).join(', ');
    throw new UsageError(`unknown archive "${args.archive}": choose one of ${known}`);
  }
  const settings = await resolveCollectSettings(entry.adapter, args);
  const summary = await collectArchive({ adapter: entry.adapter, settings, args });
  return summary.complete ? 0 : 1;
}
