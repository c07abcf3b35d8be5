import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { saKuvaSimulator } from '@hx4/sa-kuva/simulator';
import { datasetCsvs, startSimulator, type Simulator } from '@hx4/testkit';
import { wwVehiclesSimulator } from '@hx4/ww-vehicles/simulator';
import { wwiiSimulator } from '@hx4/wwii/simulator';
import { runHx4, startHx4 } from './support/hx4Process.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({
    archives: [
      europeanaSimulator({ totals: { tank: 80 }, imageSize: [320, 240] }),
      saKuvaSimulator({ totals: { panssarivaunu: 60 }, imageSize: [320, 240] }),
      wwiiSimulator({ crawlDelaySeconds: 0, imageSize: [320, 240], sizes: { 'ussr tanks-2 t-34': 40 } }),
      wwVehiclesSimulator({ crawlDelaySeconds: 0, imageSize: [320, 240], vehiclesPerListing: 10 }),
    ],
  });
});
afterAll(() => sim.close());

/** Each archive killed for real, through the CLI, at points spread over start-up, harvest, images and the end. */
const cases = [
  { archive: 'europeana', query: 'tank', dataset: 'EUROPEANA_1900-01-01_1970-12-31' },
  { archive: 'sa-kuva', query: 'panssarivaunu', dataset: 'SA_KUVA_1939-09-01_1945-09-02' },
  { archive: 'wwii', query: 'ussr tanks-2 t-34', dataset: 'WWII_1939-09-01_1945-09-02' },
  { archive: 'ww-vehicles', query: 'ww2 ussr', dataset: 'WW_VEHICLES' },
];

describe.each(cases)('hx4 collect $archive killed at any moment', ({ archive, query, dataset }) => {
  const args = (dir: string) => [
    'collect',
    archive,
    '-d',
    dir,
    '--endpoint',
    sim.endpoint(archive),
    '--query',
    query,
    '--requests-per-second',
    '1000',
    '--thumbnail-size',
    '128,128',
    '-nw',
    '4',
  ];

  it('resumes to the same dataset as an uninterrupted run, leaving no temp file behind', async () => {
    const reference = await mkdtemp(join(tmpdir(), `hx4-kill-${archive}-`));
    expect((await runHx4(args(reference))).code).toBe(0);
    const expected = await datasetCsvs(join(reference, dataset));
    expect(expected['metadata_multi_label.csv'].trim().split('\n').length).toBeGreaterThan(10);

    const dir = await mkdtemp(join(tmpdir(), `hx4-kill-${archive}-`));
    let killed = 0;
    let finished = false;
    for (const delay of [300, 700, 1100, 1600, 2200]) {
      const run = startHx4(args(dir));
      const timer = setTimeout(() => run.child.kill('SIGKILL'), delay);
      const result = await run.done;
      clearTimeout(timer);
      if (result.code === 0) {
        finished = true;
        break;
      }
      expect(result.signal).toBe('SIGKILL');
      killed++;
    }
    // A test that never killed anything would prove nothing.
    expect(killed).toBeGreaterThanOrEqual(2);
    if (!finished) expect((await runHx4(args(dir))).code).toBe(0);
    expect(await datasetCsvs(join(dir, dataset))).toEqual(expected);
    const images = await readdir(join(dir, dataset, 'images'));
    expect(images.every((name) => name.endsWith('.jpg') && !name.startsWith('.'))).toBe(true);
    const everything = await readdir(join(dir, dataset), { recursive: true });
    expect(everything.filter((name) => name.endsWith('.tmp') || name.endsWith('.part'))).toEqual([]);
  });
});
