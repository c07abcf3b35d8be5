import { describe, expect, it } from 'vitest';
import { AimdController, HostLanes } from '../src/http/index.js';

/** A controller on a clock the test moves. */
function controller(ceiling = { requestsPerSecond: 100, concurrency: 8 }) {
  const clock = { now: 0 };
  const aimd = new AimdController(ceiling, () => clock.now);
  /** `count` requests started and answered OK, `spacingMs` apart, with more work waiting; `open` were in flight (default: all allowed). */
  const serve = (count: number, spacingMs: number, open?: number) => {
    for (let i = 0; i < count; i++) {
      clock.now += spacingMs;
      aimd.onStart();
      aimd.onOutcome({ kind: 'ok', latencyMs: 20 }, open ?? aimd.limits.concurrency, true);
    }
  };
  return { aimd, clock, serve };
}

describe('AimdController', () => {
  it('starts gently and doubles while answers are fast and clean, up to the ceiling and never past it', () => {
    const { aimd, serve } = controller();
    expect(aimd.limits).toEqual({ requestsPerSecond: 25, concurrency: 2 });
    serve(2, 10);
    expect(aimd.limits).toEqual({ requestsPerSecond: 50, concurrency: 4 });
    serve(4, 10);
    expect(aimd.limits).toEqual({ requestsPerSecond: 100, concurrency: 8 });
    serve(200, 10);
    expect(aimd.limits).toEqual({ requestsPerSecond: 100, concurrency: 8 });
  });

  it('does not grow when nothing is waiting: the limits are not what holds the work back', () => {
    const { aimd, clock } = controller();
    for (let i = 0; i < 50; i++) {
      clock.now += 100;
      aimd.onStart();
      aimd.onOutcome({ kind: 'ok', latencyMs: 20 }, 1, false);
    }
    expect(aimd.limits).toEqual({ requestsPerSecond: 25, concurrency: 2 });
  });

  it('keeps the concurrency when refused at a number open that went through before: the rate is what the host refused', () => {
    const { aimd, serve } = controller();
    serve(20, 10);
    expect(aimd.onOutcome({ kind: 'throttled' }, 2, true)?.to.concurrency).toBe(8);
  });

  it('cuts at once on a refusal, to below what was really sent, and counts one refusal event per second', () => {
    const { aimd, clock, serve } = controller();
    serve(60, 25); // 40 requests a second for 1.5 s
    const change = aimd.onOutcome({ kind: 'throttled' }, 8, true);
    expect(change?.reason).toBe('refused (429/503): too fast');
    expect(aimd.limits.requestsPerSecond).toBeGreaterThan(0.75 * 40);
    expect(aimd.limits.requestsPerSecond).toBeLessThan(0.85 * 40);
    // 8 open went through before: it was the rate the host refused, so the concurrency stays.
    expect(aimd.limits.concurrency).toBe(8);
    // The other requests of the same burst, refused a moment later, are the same news.
    clock.now += 100;
    expect(aimd.onOutcome({ kind: 'throttled' }, 7, true)).toBeNull();
  });

  it('recovers quickly to just below the refused rate, probes above it slowly, and grows freely once well past it', () => {
    const { aimd, serve } = controller({ requestsPerSecond: 100, concurrency: 4 });
    serve(80, 25);
    aimd.onOutcome({ kind: 'throttled' }, 4, true); // refused at 40/s
    const rates: number[] = [];
    for (let second = 0; second < 30; second++) {
      serve(1, 1000);
      rates.push(aimd.limits.requestsPerSecond);
    }
    // Back to 90% of 40/s within a few seconds…
    const recovered = rates.findIndex((rate) => rate >= 36 - 1e-9);
    expect(recovered).toBeLessThanOrEqual(3);
    // …then by small steps (2% of the refused rate a second) while near it…
    const near = rates.slice(
      recovered,
      rates.findIndex((rate) => rate > 44),
    );
    expect(near.length).toBeGreaterThan(5);
    for (let i = 1; i < near.length; i++) expect(near[i]! - near[i - 1]!).toBeLessThanOrEqual(0.025 * 40);
    // …and once 10% past it without a refusal, that refusal is old news.
    expect(rates.at(-1)).toBe(100);
  });

  it('probes concurrency above the refused level only rarely', () => {
    const { aimd, serve } = controller({ requestsPerSecond: 1000, concurrency: 6 });
    serve(30, 5, 5); // up to 5 open go through…
    expect(aimd.limits.concurrency).toBe(6);
    aimd.onOutcome({ kind: 'throttled' }, 6, true); // …the sixth is refused
    expect(aimd.limits.concurrency).toBe(5);
    serve(10, 1000); // ten seconds of clean answers: no probe yet
    expect(aimd.limits.concurrency).toBe(5);
    serve(6, 1000);
    expect(aimd.limits.concurrency).toBe(6);
  });

  it('never cuts below a quarter of the fastest rate the host answered cleanly, however many refusals come', () => {
    const { aimd, clock, serve } = controller();
    serve(100, 20); // 50 a second, cleanly
    for (let second = 0; second < 30; second++) {
      clock.now += 1_000;
      aimd.onStart();
      aimd.onOutcome({ kind: 'throttled' }, 1, true);
    }
    expect(aimd.limits.requestsPerSecond).toBeGreaterThanOrEqual(0.25 * 50 * 0.9);
  });

  it('halves concurrency on a timeout and slows down when latency climbs', () => {
    const { aimd, clock, serve } = controller();
    serve(200, 10);
    expect(aimd.limits.concurrency).toBe(8);
    expect(aimd.onOutcome({ kind: 'timeout' }, 8, true)?.to.concurrency).toBe(4);
    clock.now += 2_000;
    const before = aimd.limits.requestsPerSecond;
    let change = null;
    for (let i = 0; i < 20 && !change; i++) {
      clock.now += 50;
      aimd.onStart();
      change = aimd.onOutcome({ kind: 'ok', latencyMs: 2_000 }, 4, true);
    }
    expect(change?.reason).toBe('latency rising');
    expect(aimd.limits.requestsPerSecond).toBeLessThan(before);
  });

  it('lowers the current limits at once when a declared limit comes in below them', () => {
    const { aimd, serve } = controller();
    serve(20, 10);
    aimd.setCeiling({ requestsPerSecond: 0.5, concurrency: 1 });
    expect(aimd.limits).toEqual({ requestsPerSecond: 0.5, concurrency: 1 });
    serve(50, 1000);
    expect(aimd.limits.requestsPerSecond).toBeLessThanOrEqual(0.5);
  });
});

describe('HostLanes', () => {
  const lanes = (options: Partial<ConstructorParameters<typeof HostLanes>[0]> = {}) =>
    new HostLanes({ defaultPolicy: { requestsPerSecond: 100, concurrency: 8 }, ...options });

  it('keeps API requests and media downloads on separate lanes, each with its own ceiling', () => {
    const hosts = lanes();
    hosts.setPolicy('api.finna.fi', { requestsPerSecond: 3, concurrency: 2 });
    expect(hosts.ceilingFor('api.finna.fi', 'api')).toEqual({ requestsPerSecond: 3, concurrency: 2 });
    expect(hosts.ceilingFor('api.finna.fi', 'media')).toEqual({ requestsPerSecond: 100, concurrency: 8 });
  });

  it('puts both kinds under one limit where the archive says its limit covers media', () => {
    const hosts = lanes();
    hosts.setPolicy('digital.example.edu', { requestsPerSecond: 1, concurrency: 1 }, true);
    expect(hosts.ceilingFor('digital.example.edu', 'media')).toEqual({ requestsPerSecond: 1, concurrency: 1 });
  });

  it("never lets a lane past robots.txt's Crawl-delay or the user's caps", () => {
    const hosts = lanes({ maxRequestsPerSecond: { allHosts: 50, hosts: { 'images.example.org': 2 } } });
    hosts.setPolicy('site.example.org', { requestsPerSecond: 1, concurrency: 1 });
    hosts.setCrawlDelay('site.example.org', 4);
    expect(hosts.ceilingFor('site.example.org', 'media').requestsPerSecond).toBe(0.25);
    expect(hosts.ceilingFor('images.example.org', 'media')).toEqual({ requestsPerSecond: 2, concurrency: 8 });
    expect(hosts.ceilingFor('other.example.org', 'media')).toEqual({ requestsPerSecond: 50, concurrency: 8 });
  });

  it('rejects a cap it cannot honour, naming the flag', () => {
    expect(() => lanes({ maxRequestsPerSecond: { hosts: { 'a.example.org': 0 } } })).toThrow(
      '--max-rps a.example.org: requests per second must be a positive number, got 0',
    );
  });
});
