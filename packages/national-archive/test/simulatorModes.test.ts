import { startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalArchiveSimulator, type NationalArchiveSimulatorOptions } from '../src/simulator/index.js';

const SEARCHES = { v2: '/api/v2/records/search', v3: '/proxy/v3/records/search', proxy: '/proxy/records/search' };
type Search = keyof typeof SEARCHES;

/** Status and what kind of body each search answers, key or not. */
async function answers(sim: Simulator, search: Search, apiKey?: string): Promise<string> {
  const headers: Record<string, string> = { accept: 'application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) };
  const response = await fetch(`${sim.endpoint('national-archive')}${SEARCHES[search]}?q=tank&limit=100&page=1`, { headers });
  const text = await response.text();
  const kind = text.startsWith('<!doctype html>') ? 'html' : text.startsWith('{"body":{"hits"') ? 'hits' : 'json';
  return `${response.status} ${kind}`;
}

describe('National Archives simulator modes', () => {
  const sims = new Map<string, Simulator>();
  const modes: Record<string, NationalArchiveSimulatorOptions> = {
    default: {},
    'api-v2': { mode: 'api-v2' },
    'proxy-v3': { mode: 'proxy-v3' },
    proxy: { mode: 'proxy' },
    'proxy, v3 the web app': { mode: 'proxy', retiredV3: 'web-app' },
  };
  beforeAll(async () => {
    for (const [name, options] of Object.entries(modes)) {
      sims.set(
        name,
        await startSimulator({ archives: [nationalArchiveSimulator({ totals: { tank: 5 }, imageSize: [64, 48], ...options })] }),
      );
    }
  });
  afterAll(async () => {
    for (const sim of sims.values()) await sim.close();
  });

  it.each([
    ['api-v2', { v2: '200 hits', v2Keyless: '401 json', v3: '200 hits', proxy: '200 hits' }],
    ['proxy-v3', { v2: '200 html', v2Keyless: '200 html', v3: '200 hits', proxy: '200 hits' }],
    ['default', { v2: '200 html', v2Keyless: '200 html', v3: '200 hits', proxy: '200 hits' }],
    ['proxy', { v2: '200 html', v2Keyless: '200 html', v3: '404 json', proxy: '200 hits' }],
    ['proxy, v3 the web app', { v2: '200 html', v2Keyless: '200 html', v3: '200 html', proxy: '200 hits' }],
  ])('%s: serves what the mode says', async (name, expected) => {
    const sim = sims.get(name)!;
    expect({
      v2: await answers(sim, 'v2', 'test-key'),
      v2Keyless: await answers(sim, 'v2'),
      v3: await answers(sim, 'v3'),
      proxy: await answers(sim, 'proxy'),
    }).toEqual(expected);
  });
});
