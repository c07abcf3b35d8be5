import type { ArchiveEntry, InstalledArchives } from '../installedArchives.js';
import type { KnownArchive } from '../knownArchives.js';
import { archiveNamed } from './archiveNamed.js';
import { notInstalled } from './notInstalled.js';
import { UsageError } from './UsageError.js';

export interface RequestedArchives {
  /** `all` was asked for. */
  all: boolean;
  entries: ArchiveEntry[];
  /** With `all`: the known archives left out because their package is not installed. */
  leftOut: KnownArchive[];
}

/** The archives named on the command line (`all`: every installed one), each checked before anything starts. */
export function requestedArchives(requested: readonly string[], archives: InstalledArchives): RequestedArchives {
  if (!requested.includes('all'))
    return { all: false, entries: [...new Set(requested)].map((id) => archiveNamed(id, archives)), leftOut: [] };
  if (archives.installed.length === 0) {
    throw new UsageError(`no archive is installed: install those you need of ${notInstalled(archives.missing)}`);
  }
  return { all: true, entries: archives.installed, leftOut: archives.missing };
}
