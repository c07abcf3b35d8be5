import type { ArchiveAdapter } from '@hx4/core';
import type { SimulatorArchive } from '@hx4/testkit';

/** An archive's part in `hx4 demo`: its simulator routes, and a key the simulator accepts where the archive needs one. */
export interface DemoArchive {
  simulator: SimulatorArchive;
  apiKey?: string;
}

/**
 * An archive HX4 knows: its CLI name, the package that brings it, and how to load its adapter and, for `hx4 demo`,
 * its simulator routes (the package's `./simulator`, which needs @hx4/testkit). Nothing is loaded before it is
 * asked for, so a package that is not installed costs nothing until it is named.
 */
export interface KnownArchive {
  id: string;
  packageName: string;
  adapter: () => Promise<ArchiveAdapter>;
  demo: () => Promise<DemoArchive>;
}

/**
 * The only list of archives in HX4: adding one is an adapter package plus an entry here (docs/adding-an-archive.md).
 * The CLI offers those whose package is installed beside it (installedArchives).
 */
export const knownArchives: readonly KnownArchive[] = [
  {
    id: 'europeana',
    packageName: '@hx4/europeana',
    adapter: async () => (await import('@hx4/europeana')).europeanaAdapter,
    demo: async () => ({ simulator: (await import('@hx4/europeana/simulator')).europeanaSimulator() }),
  },
  {
    id: 'national-archive',
    packageName: '@hx4/national-archive',
    adapter: async () => (await import('@hx4/national-archive')).nationalArchiveAdapter,
    demo: async () => {
      const { NARA_SIMULATOR_KEYS, nationalArchiveSimulator } = await import('@hx4/national-archive/simulator');
      return { simulator: nationalArchiveSimulator(), apiKey: NARA_SIMULATOR_KEYS[0] };
    },
  },
  {
    id: 'sa-kuva',
    packageName: '@hx4/sa-kuva',
    adapter: async () => (await import('@hx4/sa-kuva')).saKuvaAdapter,
    demo: async () => ({ simulator: (await import('@hx4/sa-kuva/simulator')).saKuvaSimulator() }),
  },
  // The simulated sites ask for no Crawl-delay: all archives share the demo's one loopback host.
  {
    id: 'smu',
    packageName: '@hx4/smu',
    adapter: async () => (await import('@hx4/smu')).smuAdapter,
    demo: async () => ({ simulator: (await import('@hx4/smu/simulator')).smuSimulator({ crawlDelay: null }) }),
  },
  {
    id: 'wwii',
    packageName: '@hx4/wwii',
    adapter: async () => (await import('@hx4/wwii')).wwiiAdapter,
    demo: async () => ({ simulator: (await import('@hx4/wwii/simulator')).wwiiSimulator({ crawlDelaySeconds: 0 }) }),
  },
  {
    id: 'ww-vehicles',
    packageName: '@hx4/ww-vehicles',
    adapter: async () => (await import('@hx4/ww-vehicles')).wwVehiclesAdapter,
    demo: async () => ({ simulator: (await import('@hx4/ww-vehicles/simulator')).wwVehiclesSimulator({ crawlDelaySeconds: 0 }) }),
  },
];
