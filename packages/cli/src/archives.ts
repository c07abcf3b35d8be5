import type { ArchiveAdapter } from '@hx4/core';
import { europeanaAdapter } from '@hx4/europeana';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { nationalArchiveAdapter } from '@hx4/national-archive';
import { NARA_SIMULATOR_KEYS, nationalArchiveSimulator } from '@hx4/national-archive/simulator';
import { saKuvaAdapter } from '@hx4/sa-kuva';
import { saKuvaSimulator } from '@hx4/sa-kuva/simulator';
import { smuAdapter } from '@hx4/smu';
import { smuSimulator } from '@hx4/smu/simulator';
import { wwVehiclesAdapter } from '@hx4/ww-vehicles';
import { wwVehiclesSimulator } from '@hx4/ww-vehicles/simulator';
import { wwiiAdapter } from '@hx4/wwii';
import { wwiiSimulator } from '@hx4/wwii/simulator';
import type { SimulatorArchive } from '@hx4/testkit';

/**
 * An archive as the CLI knows it: its adapter (which declares its own flags and configures itself from
 * them, see `ArchiveAdapter.options`), and its routes for the offline simulator.
 */
export interface ArchiveEntry {
  adapter: ArchiveAdapter;
  simulator: () => SimulatorArchive;
  /** A key the simulator accepts, for `hx4 demo` on archives that need one. */
  demoApiKey?: string;
}

/** The only list of archives in HX4: adding one is an adapter package plus a line here (docs/adding-an-archive.md). */
export const archives: ArchiveEntry[] = [
  { adapter: europeanaAdapter, simulator: () => europeanaSimulator() },
  { adapter: nationalArchiveAdapter, simulator: () => nationalArchiveSimulator(), demoApiKey: NARA_SIMULATOR_KEYS[0] },
  { adapter: saKuvaAdapter, simulator: () => saKuvaSimulator() },
  // The simulated sites ask for no Crawl-delay: all archives share the demo's one loopback host.
  { adapter: smuAdapter, simulator: () => smuSimulator({ crawlDelay: null }) },
  { adapter: wwiiAdapter, simulator: () => wwiiSimulator({ crawlDelaySeconds: 0 }) },
  { adapter: wwVehiclesAdapter, simulator: () => wwVehiclesSimulator({ crawlDelaySeconds: 0 }) },
];

export function findArchive(id: string): ArchiveEntry | undefined {
  return archives.find((entry) => entry.adapter.id === id);
}

/** `HX4_<ARCHIVE>_ENDPOINT`, e.g. HX4_EUROPEANA_ENDPOINT or HX4_NATIONAL_ARCHIVE_ENDPOINT. */
export function endpointEnvVar(archiveId: string): string {
  return `HX4_${archiveId.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_ENDPOINT`;
}
