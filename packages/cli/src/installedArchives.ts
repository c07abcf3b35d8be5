import type { ArchiveAdapter } from '@hx4/core';
import { importIfInstalled } from './importIfInstalled.js';
import type { DemoArchive, KnownArchive } from './knownArchives.js';

/** An archive whose package is installed: its adapter, loaded, and its simulator routes for `hx4 demo`. */
export interface ArchiveEntry {
  adapter: ArchiveAdapter;
  demo: () => Promise<DemoArchive>;
}

/** The known archives, split by whether their package is installed; each part in the order of knownArchives. */
export interface InstalledArchives {
  installed: ArchiveEntry[];
  missing: KnownArchive[];
}

/** Loads the adapter of every known archive whose package is installed (see importIfInstalled). */
export async function installedArchives(known: readonly KnownArchive[]): Promise<InstalledArchives> {
  const adapters = await Promise.all(known.map((archive) => importIfInstalled(archive.packageName, archive.adapter)));
  const archives: InstalledArchives = { installed: [], missing: [] };
  known.forEach((archive, index) => {
    const adapter = adapters[index];
    if (adapter === undefined) {
      archives.missing.push(archive);
      return;
    }
    // The id is how hx4 names the archive before its package is loaded: the adapter must answer to it.
    if (adapter.id !== archive.id) throw new Error(`${archive.packageName}'s adapter is "${adapter.id}", not "${archive.id}"`);
    archives.installed.push({ adapter, demo: archive.demo });
  });
  return archives;
}
