import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../src/index.js';
import { type FaultKind } from '../src/FaultController.js';

const BODY = { success: true, items: Array.from({ length: 50 }, (_, i) => ({ id: `/1/${i}`, title: [`item ${i}`] })) };

describe('faults', () => {
  let sim: Simulator;
  let api: string;
  beforeAll(async () => {
    sim = await startSimulator({
      archives: [{ id: 'api', routes: [{ path: '/search.json', handle: (ctx) => ctx.json(200, BODY) }] }],
    });
    api = `${sim.endpoint('api')}/search.json`;
  });
  beforeEach(() => sim.reset());
  afterAll(() => sim.close());

  it('answers 429 with Retry-After, then recovers after `times`', async () => {
    const handle = sim.faults.add({ match: '/api/search', fault: '429', times: 2, retryAfterSeconds: 7 });
    const first = await fetch(api);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect((await fetch(api)).status).toBe(429);
    const third = await fetch(api);
    expect(third.status).toBe(200);
    expect(await third.json()).toEqual(BODY);
    expect(handle.applied).toBe(2);
    expect(sim.requests.entries.map((entry) => entry.fault)).toEqual(['429', '429', null]);
  });

  it('meets only first attempts with `firstAttemptOnly`, counted again from the last clear, and logs each answer’s status', async () => {
    const handle = sim.faults.add({ match: '/api/search', fault: '503', times: 2, firstAttemptOnly: true });
    const statuses = async (...queries: string[]) => {
      const answers: number[] = [];
      for (const query of queries) answers.push((await fetch(`${api}?q=${query}`)).status);
      return answers;
    };
    expect(await statuses('a', 'a', 'b', 'b', 'c')).toEqual([503, 200, 503, 200, 200]);
    expect(handle.applied).toBe(2);
    expect(sim.requests.entries.map((entry) => [entry.fault, entry.status])).toEqual([
      ['503', 503],
      [null, 200],
      ['503', 503],
      [null, 200],
      [null, 200],
    ]);
    sim.faults.clear();
    const again = sim.faults.add({ match: '/api/search', fault: '503', firstAttemptOnly: true });
    expect(await statuses('a', 'a')).toEqual([503, 200]);
    expect(again.applied).toBe(1);
  });

  it('answers 503 and 500 instead of the route', async () => {
    sim.faults.add({ match: /search\.json\?q=a$/, fault: '503' });
    sim.faults.add({ match: 'q=b', fault: '500' });
    expect((await fetch(`${api}?q=a`)).status).toBe(503);
    expect((await fetch(`${api}?q=b`)).status).toBe(500);
    expect((await fetch(`${api}?q=c`)).status).toBe(200);
  });

  it('only applies a rule to requests it matches, and stops when removed or cleared', async () => {
    const handle = sim.faults.add({ match: '/elsewhere', fault: '500' });
    expect((await fetch(api)).status).toBe(200);
    expect(handle.applied).toBe(0);
    const active = sim.faults.add({ match: '/api', fault: '503' });
    expect((await fetch(api)).status).toBe(503);
    active.remove();
    expect((await fetch(api)).status).toBe(200);
    sim.faults.add({ match: '/api', fault: '503' });
    sim.faults.clear();
    expect((await fetch(api)).status).toBe(200);
  });

  it('delays a slow answer and then answers normally', async () => {
    sim.faults.add({ match: '/api', fault: 'slow', delayMs: 300 });
    const slow = await fetch(api, { signal: AbortSignal.timeout(100) }).then(
      () => 'answered',
      (error: unknown) => (error as Error).name,
    );
    expect(slow).toBe('TimeoutError');
    sim.faults.clear();
    sim.faults.add({ match: '/api', fault: 'slow', delayMs: 50 });
    expect(await (await fetch(api)).json()).toEqual(BODY);
  });

  it('resets the connection before answering', async () => {
    sim.faults.add({ match: '/api', fault: 'reset', times: 1 });
    await expect(fetch(api)).rejects.toThrow();
    expect((await fetch(api)).status).toBe(200);
    expect(sim.requests.entries.map((entry) => entry.status)).toEqual([null, 200]);
  });

  it('resets the connection mid-body', async () => {
    sim.faults.add({ match: '/api', fault: 'reset', resetAt: 'mid-body' });
    await expect(fetch(api).then((response) => response.text())).rejects.toThrow();
  });

  it('truncates the body: the client sees the full length announced and a connection cut short', async () => {
    sim.faults.add({ match: '/api', fault: 'truncate' });
    const response = await fetch(api);
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBe(JSON.stringify(BODY).length);
    await expect(response.text()).rejects.toThrow();
  });

  it('truncates a streamed image body too', async () => {
    const url = sim.imageUrl({ seed: 1, width: 32, height: 32, kind: 'oversized', bytes: 1_000_000 });
    sim.faults.add({ match: '/img/', fault: 'truncate' });
    await expect(fetch(url).then((response) => response.arrayBuffer())).rejects.toThrow();
  });

  it('serves an HTML error page with status 200 and the original content type', async () => {
    sim.faults.add({ match: '/api', fault: 'html' });
    const response = await fetch(api);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    expect(text).toContain('<html>');
    expect(() => JSON.parse(text)).toThrow();
  });

  it('serves a broken JSON body with status 200', async () => {
    sim.faults.add({ match: '/api', fault: 'malformed-json' });
    const response = await fetch(api);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('rejects unknown fault kinds and bad options', () => {
    expect(() => sim.faults.add({ match: '/', fault: 'teapot' as FaultKind })).toThrow(/unknown fault kind/);
    expect(() => sim.faults.randomly({ rate: 2, seed: 1, kinds: ['500'] })).toThrow(/rate/);
    expect(() => sim.faults.randomly({ rate: 0.5, seed: 1, kinds: [] })).toThrow(/kind/);
  });

  describe('randomly', () => {
    async function statuses(seed: number): Promise<number[]> {
      sim.reset();
      sim.faults.randomly({ rate: 0.4, seed, kinds: ['500', '503'] });
      const result: number[] = [];
      for (let i = 0; i < 40; i++) result.push((await fetch(`${api}?page=${i % 10}`)).status);
      return result;
    }

    it('fails about the given share of requests, the same ones on every run', async () => {
      const first = await statuses(11);
      const failed = first.filter((status) => status !== 200).length;
      expect(failed).toBeGreaterThan(5);
      expect(failed).toBeLessThan(30);
      expect(new Set(first.filter((status) => status !== 200))).toEqual(new Set([500, 503]));
      expect(await statuses(11)).toEqual(first);
      expect(await statuses(12)).not.toEqual(first);
    });

    it('gives concurrent requests the same chaos as sequential ones', async () => {
      const sequential = await statuses(21);
      sim.reset();
      sim.faults.randomly({ rate: 0.4, seed: 21, kinds: ['500', '503'] });
      const urls = Array.from({ length: 40 }, (_, i) => `${api}?page=${i % 10}`);
      const concurrent = await Promise.all(urls.map(async (url) => (await fetch(url)).status));
      // Per URL, the n-th answer is decided by the seed alone, whatever the arrival order.
      const perUrl = (list: number[]) => Array.from({ length: 10 }, (_, page) => list.filter((_, i) => i % 10 === page).sort());
      expect(perUrl(concurrent)).toEqual(perUrl(sequential));
    });

    it('only touches matching requests when given a match', async () => {
      sim.faults.randomly({ rate: 1, seed: 1, kinds: ['503'], match: '/img/' });
      expect((await fetch(api)).status).toBe(200);
      expect((await fetch(sim.imageUrl({ seed: 1, width: 8, height: 8 }))).status).toBe(503);
    });
  });
});
