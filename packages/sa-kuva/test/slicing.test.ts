import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpClient, harvestQuery, readHits, type ArchiveAdapter, type HttpClient } from '@hx4/core';
import { startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSaKuvaAdapter, saKuvaAdapter, type FinnaRecord } from '../src/index.js';
import { saKuvaSimulator } from '../src/simulator/index.js';

const WINDOW = saKuvaAdapter.defaultWindow;
const TOTALS = { korsu: 2200, lotta: 250 };

describe('SA-Kuva paging past the result window', () => {
  let narrow: Simulator;
  let wide: Simulator;
  let http: HttpClient;
  beforeAll(async () => {
    narrow = await startSimulator({ archives: [saKuvaSimulator({ totals: TOTALS, resultWindow: 300 })] });
    wide = await startSimulator({ archives: [saKuvaSimulator({ totals: TOTALS, resultWindow: 1_000_000 })] });
    http = createHttpClient({ userAgent: 'hx4-test', defaultPolicy: { requestsPerSecond: 1000, concurrency: 4 } });
  });
  afterAll(async () => {
    await http.close();
    await Promise.all([narrow.close(), wide.close()]);
  });

  async function harvestIds(adapter: ArchiveAdapter, sim: Simulator, query: string) {
    const hitsDir = await mkdtemp(join(tmpdir(), 'hx4-sa-kuva-hits-'));
    const adapterOptions = { endpoint: sim.endpoint('sa-kuva'), window: WINDOW };
    const result = await harvestQuery(query, { adapter, adapterOptions, http, hitsDir, slug: query });
    const ids: string[] = [];
    for await (const record of readHits(hitsDir, query)) ids.push((record as FinnaRecord).id as string);
    return { result, ids };
  }

  it('collects every record of a search 6 times larger than the window, as a search without a cap does', async () => {
    narrow.requests.reset();
    const sliced = await harvestIds(createSaKuvaAdapter({ resultWindow: 300 }), narrow, 'korsu');
    const plain = await harvestIds(createSaKuvaAdapter({ resultWindow: 1_000_000 }), wide, 'korsu');
    expect(plain.ids.length).toBeGreaterThan(1800);
    expect(new Set(plain.ids).size).toBe(plain.ids.length);
    expect([...new Set(sliced.ids)].sort()).toEqual([...plain.ids].sort());
    expect(sliced.result.total).toBe(plain.ids.length);

    const searches = narrow.requests.entries.map((entry) => new URL(entry.path, narrow.url).searchParams);
    const ranges = searches.map((params) => params.getAll('filter[]').find((filter) => filter.startsWith('search_daterange_mv')));
    expect(ranges).toContain('search_daterange_mv:"[1942 TO 1945]"');
    expect(ranges.some((range) => /^search_daterange_mv:"\[(\d{4}-\d\d) TO \1\]"$/.test(range ?? ''))).toBe(true);
    for (const params of searches) expect(Number(params.get('page')) * Number(params.get('limit'))).toBeLessThanOrEqual(300);
  });

  it('pages a search that fits the window without slicing it', async () => {
    narrow.requests.reset();
    const { ids, result } = await harvestIds(createSaKuvaAdapter({ resultWindow: 300 }), narrow, 'lotta');
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.pages).toBe(Math.ceil(ids.length / 100));
    expect(narrow.requests.count()).toBe(result.pages);
  });
});
