import type { ArchiveAdapter, ArchiveOptionValues } from '@hx4/core';
import type { ArchiveEntry } from '../installedArchives.js';
import type { CollectArgs } from './resolveCollectSettings.js';
import { UsageError } from './UsageError.js';

/**
 * The values given for the archive's own flags, as typed. Each is read by the archive's `parse` here, so
 * that a bad value is refused up front, named by its flag, before any archive starts.
 */
export function archiveOptionValues(adapter: ArchiveAdapter, args: CollectArgs): ArchiveOptionValues {
  const values: Record<string, readonly string[]> = {};
  for (const [name, option] of Object.entries(adapter.options ?? {})) {
    if (args[name] === undefined) continue;
    const given = [args[name]].flat().map(String);
    try {
      option.parse(given);
    } catch (error) {
      throw new UsageError(`--${name}: ${(error as Error).message}`);
    }
    values[name] = given;
  }
  return values;
}

/** A flag of an archive that is not being collected would silently do nothing: it is refused instead. */
export function checkArchiveFlags(collected: readonly ArchiveEntry[], known: readonly ArchiveEntry[], args: CollectArgs): void {
  for (const { adapter } of known) {
    if (collected.some((entry) => entry.adapter === adapter)) continue;
    const given = Object.keys(adapter.options ?? {}).find((name) => args[name] !== undefined);
    if (given !== undefined) throw new UsageError(`--${given} is an option of ${adapter.id}, which is not being collected`);
  }
}
