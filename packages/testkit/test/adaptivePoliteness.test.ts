import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, userAgent, type HttpClient } from '@hx4/core';
import { startSimulator, type Simulator } from '../src/index.js';

const open: Array<HttpClient | Simulator> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((resource) => resource.close()));
});

/** Downloads `count` small images through `client`, `workers` at a time, as the image stage does. */
async function downloadAll(client: HttpClient, sim: Simulator, count: number, workers: number): Promise<number> {
  let next = 0;
  let stored = 0;
  const worker = async () => {
    while (next < count) {
      const seed = next++;
      const result = await client.download(sim.imageUrl({ seed, width: 32, height: 24 }), '/dev/null', { maxBytes: 1e6, memoryBytes: 1e6 });
      if (result.data) stored += 1;
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return stored;
}

describe('adaptive politeness against a strict host', () => {
  it('finds the rate of a host that refuses above 40 requests a second, and keeps under it', async () => {
    const sim = await startSimulator({ archives: [], limit: { match: /^\/img\//u, requestsPerSecond: 40, retryAfterSeconds: 1 } });
    const changes: string[] = [];
    const client = createHttpClient({
      userAgent: userAgent('test'),
      defaultPolicy: { requestsPerSecond: 100, concurrency: 8 },
      backoffBaseMs: 50,
      onLimitChange: ({ change }) => changes.push(change.reason),
    });
    open.push(client, sim);

    const stored = await downloadAll(client, sim, 400, 8);
    expect(stored).toBe(400);
    const arrivals = sim.limit!.arrivals;
    const refused = arrivals.filter((arrival) => arrival.refused);
    // Slow start overshoots once or twice; after the first seconds hardly a request is refused.
    const settled = arrivals.filter((arrival) => arrival.at > 3_000);
    expect(settled.filter((arrival) => arrival.refused).length / settled.length).toBeLessThanOrEqual(0.02);
    expect(refused.length).toBeLessThan(40);
    expect(changes).toContain('slow start');
    expect(changes).toContain('refused (429/503): too fast');

    const [lane] = client.hostStats();
    expect(lane).toMatchObject({ host: '127.0.0.1', lane: 'media', requests: arrivals.length, throttled: refused.length });
    expect(lane?.settled.requestsPerSecond).toBeLessThanOrEqual(44);
  }, 60_000);

  it('finds how many open requests a slow host takes (4), and keeps to it', async () => {
    const sim = await startSimulator({ archives: [], limit: { match: /^\/img\//u, maxInFlight: 4, retryAfterSeconds: 1 } });
    sim.faults.add({ match: /^\/img\//u, fault: 'slow', delayMs: 60 });
    const client = createHttpClient({
      userAgent: userAgent('test'),
      defaultPolicy: { requestsPerSecond: 100, concurrency: 8 },
      backoffBaseMs: 50,
    });
    open.push(client, sim);

    expect(await downloadAll(client, sim, 200, 8)).toBe(200);
    const arrivals = sim.limit!.arrivals;
    const settled = arrivals.filter((arrival) => arrival.at > 3_000);
    expect(settled.filter((arrival) => arrival.refused).length / settled.length).toBeLessThanOrEqual(0.02);
    const [lane] = client.hostStats();
    // Four open at once, or five while it probes again for more (at most every 15 s).
    expect(lane?.settled.concurrency).toBeLessThanOrEqual(5);
    expect(lane?.throttled).toBeGreaterThan(0);
  }, 60_000);

  it("never sends more than the user's cap in any second, even to a host that would take more", async () => {
    // A limit without numbers refuses nothing: it only records when each request arrived.
    const sim = await startSimulator({ archives: [], limit: { match: /^\/img\//u } });
    const client = createHttpClient({
      userAgent: userAgent('test'),
      defaultPolicy: { requestsPerSecond: 100, concurrency: 8 },
      maxRequestsPerSecond: { hosts: { '127.0.0.1': 10 } },
    });
    open.push(client, sim);
    await downloadAll(client, sim, 30, 8);
    const arrivals = sim.limit!.arrivals.map((arrival) => arrival.at);
    expect(arrivals).toHaveLength(30);
    // 950 ms rather than 1000 leaves room for the delay between the client's send and the server's clock.
    for (const start of arrivals) expect(arrivals.filter((at) => at >= start && at < start + 950).length).toBeLessThanOrEqual(10);
    expect(client.hostStats()).toEqual([
      expect.objectContaining({ lane: 'all', requests: 30, ceiling: { requestsPerSecond: 10, concurrency: 8 } }),
    ]);
  });
});
