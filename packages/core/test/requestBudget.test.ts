import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineAdapter, harvestQuery, HttpError, readHits, requestBudgetFileName, type ArchiveAdapter } from '@hx4/core';
import { BudgetExhaustedError, RequestBudget } from '../src/hits/RequestBudget.js';
import { fakeHttpClient, offsetOf } from './support/fakeHttpClient.js';
import { FAKE_ARCHIVE, FAKE_RECORD } from './support/fakeArchive.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'hx4-budget-'));
const clock = (iso: string) => () => new Date(iso);

async function thrown(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('RequestBudget', () => {
  it('counts requests across reopenings and refuses the one past the limit', async () => {
    const dir = await tempDir();
    const first = await RequestBudget.open({ stateDir: dir, apiKey: 'secret', limit: 3, now: clock('2025-06-10T12:00:00Z') });
    await first.spend();
    await first.spend();
    const again = await RequestBudget.open({ stateDir: dir, apiKey: 'secret', limit: 3, now: clock('2025-06-20T12:00:00Z') });
    expect(again.used).toBe(2);
    await again.spend();
    expect(again.exhausted).toBe(true);
    const error = await thrown(again.spend());
    expect(error).toBeInstanceOf(BudgetExhaustedError);
    expect(error.message).toBe(
      'request budget spent: 3 of 3 requests used in 2025-06 (UTC); rerun after the budget resets next month, or with a higher --max-requests, to resume',
    );
    expect(again.used).toBe(3);
  });

  it('starts from zero in a new calendar month (UTC)', async () => {
    const dir = await tempDir();
    const june = await RequestBudget.open({ stateDir: dir, apiKey: 'secret', limit: 2, now: clock('2025-06-30T23:59:59Z') });
    await june.spend();
    await june.spend();
    const july = await RequestBudget.open({ stateDir: dir, apiKey: 'secret', limit: 2, now: clock('2025-07-01T00:00:01Z') });
    expect(july.used).toBe(0);
    await july.spend();
    expect(JSON.parse(await readFile(july.file, 'utf8'))).toEqual({ version: 1, month: '2025-07', used: 1 });
  });

  it('keeps one counter per key, named by a hash and never by the key', async () => {
    const dir = await tempDir();
    const one = await RequestBudget.open({ stateDir: dir, apiKey: 'key-one', limit: 5 });
    const two = await RequestBudget.open({ stateDir: dir, apiKey: 'key-two', limit: 5 });
    await one.spend();
    await two.spend();
    await two.spend();
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([requestBudgetFileName('key-one'), requestBudgetFileName('key-two')].sort());
    expect(files.join(' ')).not.toContain('key-');
    expect(requestBudgetFileName('key-one')).toMatch(/^request-budget-[0-9a-f]{12}\.json$/);
    expect(requestBudgetFileName()).toBe('request-budget-no-key.json');
    expect((await RequestBudget.open({ stateDir: dir, apiKey: 'key-two', limit: 5 })).used).toBe(2);
  });

  it('never lets concurrent requests overdraw the budget', async () => {
    const dir = await tempDir();
    const budget = await RequestBudget.open({ stateDir: dir, apiKey: 'secret', limit: 5 });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => budget.spend()));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(5);
    expect((await RequestBudget.open({ stateDir: dir, apiKey: 'secret', limit: 5 })).used).toBe(5);
  });

  it('charges requests already made even past the limit', async () => {
    const dir = await tempDir();
    const budget = await RequestBudget.open({ stateDir: dir, limit: 2 });
    await budget.spend();
    await budget.charge(3);
    expect(budget.used).toBe(4);
    expect(budget.exhausted).toBe(true);
  });

  it('rejects a limit that is not a positive whole number and a counter file it cannot read', async () => {
    const dir = await tempDir();
    await expect(RequestBudget.open({ stateDir: dir, limit: 0 })).rejects.toThrow(/positive whole number of requests, got 0/);
    await expect(RequestBudget.open({ stateDir: dir, limit: 2.5 })).rejects.toThrow(/got 2.5/);
    await writeFile(join(dir, requestBudgetFileName('secret')), '{"version":1,"month":"2025-06","used":-4}');
    await expect(RequestBudget.open({ stateDir: dir, apiKey: 'secret', limit: 10 })).rejects.toThrow(/is unreadable; fix it or delete it/);
  });
});

/** `attemptsAt`: attempts the client reports for a page offset; -1 fails with a 503 after 4 attempts. */
const fakeHttp = (attemptsAt: Record<number, number> = {}) =>
  fakeHttpClient({
    json(url) {
      const offset = offsetOf(url);
      if (attemptsAt[offset] === -1) throw new HttpError('status', url, `HTTP 503 from ${url}`, 4, 503);
      return { body: { offset }, attempts: attemptsAt[offset] ?? 1 };
    },
  });

/** 35 numbered records, 10 a page, every page carrying `note` when given. */
function pagedAdapter(note?: string): ArchiveAdapter<{ n: number }, unknown> {
  return defineAdapter(FAKE_RECORD, {
    ...FAKE_ARCHIVE,
    pageRequest: (query, cursor, { endpoint }) => ({ url: `${endpoint}/search?q=${query}&offset=${Number(cursor ?? 0)}` }),
    parsePage(body) {
      const { offset } = body as { offset: number };
      const records = Array.from({ length: Math.max(0, Math.min(10, 35 - offset)) }, (_, i) => ({ n: offset + i }));
      return { records, next: offset + 10 < 35 ? offset + 10 : null, total: 35, note };
    },
    toRow: () => ({ drop: 'unused' }),
  });
}

describe('harvestQuery with a request budget', () => {
  const adapterOptions = { endpoint: 'http://fake.test', window: null };

  it('stops before the request the budget does not allow, and resumes there with a new budget', async () => {
    const dir = await tempDir();
    const http = fakeHttp();
    const small = await RequestBudget.open({ stateDir: dir, apiKey: 'k', limit: 2 });
    const options = { adapter: pagedAdapter(), adapterOptions, http, hitsDir: dir, slug: 'tank' };
    await expect(harvestQuery('tank', { ...options, budget: small })).rejects.toBeInstanceOf(BudgetExhaustedError);
    expect(http.urls).toHaveLength(2);
    const larger = await RequestBudget.open({ stateDir: dir, apiKey: 'k', limit: 10 });
    expect(larger.used).toBe(2);
    const result = await harvestQuery('tank', { ...options, budget: larger });
    expect(result).toMatchObject({ pages: 4, records: 35, cached: false });
    expect(http.urls.map((url) => new URL(url).searchParams.get('offset'))).toEqual(['0', '10', '20', '30']);
    expect(larger.used).toBe(4);
    const numbers: number[] = [];
    for await (const record of readHits(dir, 'tank')) numbers.push((record as { n: number }).n);
    expect(numbers).toEqual(Array.from({ length: 35 }, (_, i) => i));
  });

  it('never counts a cached query, and counts the HTTP client retries', async () => {
    const dir = await tempDir();
    const budget = await RequestBudget.open({ stateDir: dir, apiKey: 'k', limit: 100 });
    const options = { adapter: pagedAdapter(), adapterOptions, hitsDir: dir, slug: 'tank', budget };
    await harvestQuery('tank', { ...options, http: fakeHttp({ 10: 3 }) });
    expect(budget.used).toBe(6);
    const again = await harvestQuery('tank', { ...options, http: fakeHttp() });
    expect(again.cached).toBe(true);
    expect(budget.used).toBe(6);
    await expect(harvestQuery('gun', { ...options, slug: 'gun', http: fakeHttp({ 0: -1 }) })).rejects.toBeInstanceOf(HttpError);
    expect(budget.used).toBe(10);
  });

  it('passes a page note on once per query', async () => {
    const dir = await tempDir();
    const notes: string[] = [];
    await harvestQuery('tank', {
      adapter: pagedAdapter('only the first hits are reachable'),
      adapterOptions,
      http: fakeHttp(),
      hitsDir: dir,
      slug: 'tank',
      onNote: (note) => notes.push(note),
    });
    expect(notes).toEqual(['only the first hits are reachable']);
  });
});
