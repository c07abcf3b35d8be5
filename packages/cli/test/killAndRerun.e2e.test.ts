import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { saKuvaSimulator } from '@hx4/sa-kuva/simulator';
import { datasetCsvs } from '@hx4/testkit';
import { wwVehiclesSimulator } from '@hx4/ww-vehicles/simulator';
import { wwiiSimulator } from '@hx4/wwii/simulator';
import { killHx4When, runHx4 } from './support/hx4Process.js';
import { useSimulator } from './support/useSimulator.js';

const simulator = useSimulator({
  archives: [
    europeanaSimulator({ totals: { tank: 80 }, imageSize: [320, 240] }),
    saKuvaSimulator({ totals: { panssarivaunu: 60 }, imageSize: [320, 240] }),
    wwiiSimulator({ crawlDelaySeconds: 0, imageSize: [320, 240], sizes: { 'ussr tanks-2 t-34': 40 } }),
    wwVehiclesSimulator({ crawlDelaySeconds: 0, imageSize: [320, 240], vehiclesPerListing: 10 }),
  ],
});

async function listFiles(dir: string): Promise<string[]> {
  return existsSync(dir) ? await readdir(dir) : [];
}

/** Each archive killed for real, through the CLI, once it has checkpointed a page and again once it has stored images. */
const cases = [
  { archive: 'europeana', query: 'tank', dataset: 'EUROPEANA_1900-01-01_1970-12-31' },
  { archive: 'sa-kuva', query: 'panssarivaunu', dataset: 'SA_KUVA_1939-09-01_1945-09-02' },
  { archive: 'wwii', query: 'ussr tanks-2 t-34', dataset: 'WWII_1939-09-01_1945-09-02' },
  { archive: 'ww-vehicles', query: 'ww2 ussr', dataset: 'WW_VEHICLES' },
];

describe.each(cases)('hx4 collect $archive killed', ({ archive, query, dataset }) => {
  const args = (dir: string) => simulator.collectArgs(archive, dir, [query], ['--thumbnail-size', '128,128', '-nw', '4']);

  it('resumes to the same dataset as an uninterrupted run, leaving no temp file behind', async () => {
    const { sim } = simulator;
    const reference = await simulator.newDir();
    expect((await runHx4(args(reference))).code).toBe(0);
    const expected = await datasetCsvs(join(reference, dataset));
    expect(expected['metadata_multi_label.csv']?.trim().split('\n').length).toBeGreaterThan(10);

    const dir = await simulator.newDir();
    const root = join(dir, dataset);
    // Slowed, so that the state waited for comes well before the end.
    sim.faults.add({ match: new RegExp(`^/${archive}/`), fault: 'slow', delayMs: 150 });
    const checkpointed = await killHx4When(args(dir), async () =>
      (await listFiles(join(root, 'hits'))).some((name) => name.endsWith('.checkpoint.json')),
    );
    sim.faults.clear();
    sim.faults.add({ match: /^\/img\//, fault: 'slow', delayMs: 100 });
    const storing = await killHx4When(args(dir), async () => (await listFiles(join(root, 'images'))).length >= 3);
    sim.faults.clear();
    expect([checkpointed, storing]).toEqual(['SIGKILL', 'SIGKILL']);

    expect((await runHx4(args(dir))).code).toBe(0);
    expect(await datasetCsvs(root)).toEqual(expected);
    const images = await readdir(join(root, 'images'));
    expect(images.every((name) => name.endsWith('.jpg') && !name.startsWith('.'))).toBe(true);
    const everything = await readdir(root, { recursive: true });
    expect(everything.filter((name) => name.endsWith('.tmp') || name.endsWith('.part'))).toEqual([]);
  });
});
