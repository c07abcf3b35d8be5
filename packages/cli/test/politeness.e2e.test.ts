import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '@hx4/core';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { itemAt } from '@hx4/testkit';
import { MEDIA_CEILING_RPS } from '../src/commands/startCollectRun.js';
import { runHx4 } from './support/hx4Process.js';
import { useSimulator } from './support/useSimulator.js';

const DATASET = 'EUROPEANA_1900-01-01_1970-12-31';
const HOST_RATE = 30;

// An image host that refuses (429, Retry-After: 1) above 30 requests a second, or 4 open at once.
const simulator = useSimulator({
  archives: [europeanaSimulator({ totals: { tank: 150, submarine: 90 }, imageSize: [160, 120] })],
  limit: { match: /^\/img\//u, requestsPerSecond: HOST_RATE, maxInFlight: 4, retryAfterSeconds: 1 },
});
let summary: RunSummary;
let code: number | null;

beforeAll(async () => {
  const dir = await simulator.newDir();
  // The CLI's defaults: 8 workers, the image host's ceiling (MEDIA_CEILING_RPS), adapting.
  const run = await runHx4([
    'collect',
    'europeana',
    '-d',
    dir,
    '--endpoint',
    simulator.sim.endpoint('europeana'),
    '--query',
    'tank',
    '--query',
    'submarine',
  ]);
  code = run.code;
  summary = JSON.parse(await readFile(join(dir, DATASET, 'run-summary.json'), 'utf8')) as RunSummary;
}, 120_000);

describe('hx4 collect against an image host with a hard limit', () => {
  it('stores every image: refusals are waited out and retried, never recorded as failures', () => {
    expect(code).toBe(0);
    expect(Object.keys(summary.images?.failed ?? {}).filter((reason) => /429|503/u.test(reason))).toEqual([]);
    expect(summary.images?.ok).toBeGreaterThan(100);
  });

  it('learns the limit: after the first seconds hardly a request is refused', () => {
    const arrivals = simulator.sim.limit!.arrivals;
    const first = itemAt(arrivals, 0, 'arrival');
    const settled = arrivals.filter((arrival) => arrival.at > first.at + 5_000);
    expect(settled.length).toBeGreaterThan(0);
    // A few probes above the limit stay refused as the lane checks for more room; the 2%-after-10-s
    // figure is measured on a longer run by `npm run bench` (docs/benchmarks.md), not in this short test.
    expect(settled.filter((arrival) => arrival.refused).length / settled.length).toBeLessThanOrEqual(0.05);
  });

  it('says per host lane in run-summary.json what it sent, what was refused, and where it settled', () => {
    const media = summary.politeness.find((lane) => lane.lane === 'media');
    const refused = simulator.sim.limit!.arrivals.filter((arrival) => arrival.refused).length;
    expect(media).toMatchObject({
      host: '127.0.0.1',
      throttled: refused,
      ceiling: { requestsPerSecond: MEDIA_CEILING_RPS, concurrency: 8 },
    });
    // Every image request the host judged went through this lane (so did the redirects of script image URLs).
    expect(media!.requests).toBeGreaterThanOrEqual(simulator.sim.limit!.arrivals.length);
    expect(summary.politeness.find((lane) => lane.lane === 'api')).toMatchObject({ ceiling: { requestsPerSecond: 5, concurrency: 2 } });
  });
});
