import type { Options } from 'yargs';
import type { ArchiveEntry } from '../installedArchives.js';

/**
 * The flags the archives declare for themselves (`ArchiveAdapter.options`), each described with the
 * archive it belongs to; the CLI knows no more of them. Every value is a string and the flag may be
 * repeated: the archive's `parse` reads them. A name already taken, by a shared flag, one of its aliases or
 * another archive's flag, is a mistake in an archive package and stops hx4 at its start.
 */
export function archiveFlags(entries: readonly ArchiveEntry[], shared: Readonly<Record<string, Options>>): Record<string, Options> {
  const taken = new Set(Object.entries(shared).flatMap(([name, flag]) => [name, ...[flag.alias ?? []].flat()]));
  const flags: Record<string, Options> = {};
  for (const { adapter } of entries) {
    for (const [name, option] of Object.entries(adapter.options ?? {})) {
      if (taken.has(name)) throw new Error(`archive ${adapter.id} declares --${name}, a flag hx4 collect already has`);
      taken.add(name);
      flags[name] = { type: 'string', array: true, describe: `${adapter.id}: ${option.description}` };
    }
  }
  return flags;
}
