import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { mergeDatasets } from '@hx4/merge';
import { startSimulator } from '@hx4/testkit';
// The merge's own helper (core's collect against the simulator, as `hx4 demo` runs it), not a copy of it.
// eslint-disable-next-line @nx/enforce-module-boundaries -- a test helper of another package's tests, not published code
import { collectSimulated } from '../../../merge/test/support/collectSimulated.js';

export interface SimulatedDatasets {
  base: string;
  /** One archive's dataset folder, as `hx4 collect` (and `hx4 demo`) write it. */
  archive: string;
  /** `HISTORY_X2`, merged from it and a second archive that shares some of its images. */
  merged: string;
}

/** Two archives collected from the Europeana simulator (overlapping on `tank`) and their merge. */
export async function simulatedDatasets(): Promise<SimulatedDatasets> {
  const sim = await startSimulator({
    archives: [europeanaSimulator({ totals: { tank: 30, bomber: 25, aircraft: 20 }, imageSize: [320, 240] })],
  });
  try {
    const base = await mkdtemp(join(tmpdir(), 'hx4-export-'));
    const first = await collectSimulated(base, { id: 'europeana', datasetName: 'EUROPEANA', sim, queries: ['tank', 'bomber'] });
    await collectSimulated(base, { id: 'national-archive', datasetName: 'NATIONAL_ARCHIVE', sim, queries: ['tank', 'aircraft'] });
    const merged = await mergeDatasets({ baseDir: base, workers: 2 });
    return { base, archive: join(base, first.dataset), merged: join(base, merged.dataset) };
  } finally {
    await sim.close();
  }
}
