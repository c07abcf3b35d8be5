import type { ArchiveEntry, InstalledArchives } from '../installedArchives.js';
import { installCommand } from '../installCommand.js';
import { knownArchives } from '../knownArchives.js';
import { UsageError } from './UsageError.js';

/** The installed archive with this id; else a usage error that says which package to install, or which archives exist. */
export function archiveNamed(id: string, archives: InstalledArchives): ArchiveEntry {
  const entry = archives.installed.find((installed) => installed.adapter.id === id);
  if (entry) return entry;
  const missing = archives.missing.find((archive) => archive.id === id);
  if (missing) throw new UsageError(`archive ${id} is not installed: ${installCommand([missing.packageName])}`);
  throw new UsageError(`unknown archive "${id}": choose one of ${knownArchives.map((archive) => archive.id).join(', ')}, or all`);
}
