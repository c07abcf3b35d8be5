import type { ArchiveAdapter } from '@hx4/core';
import { europeanaAdapter } from '@hx4/europeana';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { nationalArchiveAdapter } from '@hx4/national-archive';
import { NARA_SIMULATOR_KEYS, nationalArchiveSimulator } from '@hx4/national-archive/simulator';
import { saKuvaAdapter } from '@hx4/sa-kuva';
import { saKuvaSimulator } from '@hx4/sa-kuva/simulator';
import { createSmuAdapter, smuAdapter } from '@hx4/smu';
import { smuSimulator } from '@hx4/smu/simulator';
import { wwVehiclesAdapter } from '@hx4/ww-vehicles';
import { wwVehiclesSimulator } from '@hx4/ww-vehicles/simulator';
import { wwiiAdapter } from '@hx4/wwii';
import { wwiiSimulator } from '@hx4/wwii/simulator';
import type { SimulatorArchive } from '@hx4/testkit';

/** An archive as the CLI knows it: its adapter, and its routes for the offline simulator. */
export interface ArchiveEntry {
  adapter: ArchiveAdapter;
  simulator: () => SimulatorArchive;
  /** A key the simulator accepts, for `hx4 demo` on archives that need one. */
  demoApiKey?: string;
  /** The adapter set up for this run's flags, for archives with options of their own (SMU's collections). */
  configure?: (options: { collections?: string[]; thumbnailSize: [number, number] | null }) => ArchiveAdapter;
}

/** The only list of archives in HX4: adding one is an adapter package plus a line here. */
export const archives: ArchiveEntry[] = [
  { adapter: europeanaAdapter as ArchiveAdapter, simulator: () => europeanaSimulator() },
  {
    adapter: nationalArchiveAdapter as ArchiveAdapter,
    simulator: () => nationalArchiveSimulator(),
    demoApiKey: NARA_SIMULATOR_KEYS[0],
  },
  { adapter: saKuvaAdapter as ArchiveAdapter, simulator: () => saKuvaSimulator() },
  {
    adapter: smuAdapter as ArchiveAdapter,
    simulator: () => smuSimulator({ crawlDelay: null }),
    // IIIF serves the image already shrunk to the thumbnail box: less to download.
    configure: ({ collections, thumbnailSize }) =>
      createSmuAdapter({ collections, iiifSize: thumbnailSize ? `!${thumbnailSize[0]},${thumbnailSize[1]}` : undefined }) as ArchiveAdapter,
  },
  // The simulated sites ask for no Crawl-delay: all archives share the demo's one loopback host.
  { adapter: wwiiAdapter as ArchiveAdapter, simulator: () => wwiiSimulator({ crawlDelaySeconds: 0 }) },
  { adapter: wwVehiclesAdapter as ArchiveAdapter, simulator: () => wwVehiclesSimulator({ crawlDelaySeconds: 0 }) },
];

export function findArchive(id: string): ArchiveEntry | undefined {
  return archives.find((entry) => entry.adapter.id === id);
}

/** `HX4_<ARCHIVE>_ENDPOINT`, e.g. HX4_EUROPEANA_ENDPOINT or HX4_NATIONAL_ARCHIVE_ENDPOINT. */
export function endpointEnvVar(archiveId: string): string {
  return `HX4_${archiveId.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_ENDPOINT`;
}
