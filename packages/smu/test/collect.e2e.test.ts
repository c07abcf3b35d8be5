import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoggedRequest } from '@hx4/testkit';
import { cell, csvRecords, datasetCsvs, itemAt } from '@hx4/testkit';
import { describeArchiveContract } from '@hx4/testkit/contract';
import { expect, it } from 'vitest';
import { createSmuAdapter, smuAdapter } from '../src/index.js';
import { smuSimulator } from '../src/simulator/index.js';

const KNOWN_DROPS = [
  'compound object without image pages',
  'dmGetCompoundObjectInfo: Requested item is not compound',
  'dmGetItemInfo: Requested item not found',
  'excluded genre',
  'not an image file',
  'not an image type',
  'out of date window',
];

const itemInfoRequests = (requests: readonly LoggedRequest[]) => requests.filter((entry) => entry.path.includes('q=dmGetItemInfo/')).length;
const fieldTableRequests = (requests: readonly LoggedRequest[]) =>
  requests.filter((entry) => entry.path.includes('q=dmGetCollectionFieldInfo/')).map((entry) => entry.path);

async function listFiles(dir: string): Promise<string[]> {
  return existsSync(dir) ? (await readdir(dir)).sort() : [];
}

describeArchiveContract(
  {
    adapter: smuAdapter,
    builtAdapter: new URL('../dist/index.js', import.meta.url),
    // No Crawl-delay: it would slow every request of the test to one a second.
    simulator: smuSimulator({ totals: { tank: 140, 'field hospital': 60, submarine: 40 }, imageSize: [240, 180], crawlDelay: null }),
    queries: ['tank', 'field hospital', 'submarine'],
    canonical: { 'field hospital': 'hospital' },
    faults: [
      { match: /dmQuery\/all\/CISOSEARCHALL\^tank\^/, fault: '503', times: 2 },
      { match: /dmQuery\/all\/CISOSEARCHALL\^submarine\^/, fault: 'malformed-json', times: 1 },
      { match: 'q=dmGetItemInfo/', fault: '429', times: 1, retryAfterSeconds: 1 },
      { match: 'q=dmGetItemInfo/', fault: 'malformed-json', times: 2 },
      { match: 'q=dmGetCompoundObjectInfo/', fault: 'reset', times: 1 },
      // A IIIF redirect and the image it leads to are one attempt, and the image may meet a fault of its own.
      { match: '/iiif/2/', fault: '503', times: 3, firstAttemptOnly: true },
    ],
    // A search is one page (up to 1024 records); the item pages it gave are taken up again by the kill test below.
    interruption: { query: 'tank', request: /dmQuery\/all\/CISOSEARCHALL\^tank\^/ },
  },
  (contract) => {
    const rowsOf = async (dataset = contract.clean.dataset) => csvRecords(join(dataset, 'metadata_multi_label.csv'));

    it('stores most of its images', () => {
      expect(contract.clean.summary.images?.ok).toBeGreaterThan(100);
    });

    it('writes one row per image, compound objects one per image page with the parent’s metadata', async () => {
      const rows = await rowsOf();
      const endpoint = contract.sim.endpoint('smu');
      for (const row of rows) {
        const [, alias, pointer] = /^([a-z]+)_(\d+)$/.exec(cell(row, 'id'))!;
        expect(row.img_url).toBe(`${endpoint}/iiif/2/${alias}:${pointer}/full/max/0/default.jpg`);
        expect(cell(row, 'doc_url')).toBe(`${endpoint}/digital/collection/${alias}/id/${cell(row, 'doc_id').split('_')[1]}`);
        expect(cell(row, 'doc_id').startsWith(`${alias}_`)).toBe(true);
        expect(row.collection).toBe(alias);
        expect(row.rights).not.toBe('');
      }
      const pages = rows.filter((row) => row.doc_id !== row.id);
      expect(pages.length).toBeGreaterThan(0);
      expect(
        pages.some((page) => pages.some((other) => other !== page && other.doc_id === page.doc_id && other.title === page.title)),
      ).toBe(true);
    });

    it('keeps photographs whose titles name a map or letters: non-photographs are told by their genre and type', async () => {
      const titles = (await rowsOf()).map((row) => cell(row, 'title'));
      expect(titles.some((title) => title.startsWith('Officers studying a map'))).toBe(true);
      expect(titles.some((title) => title.startsWith('Sailors reading letters from home'))).toBe(true);
      expect(titles.some((title) => title.startsWith('Letter from'))).toBe(false);
    });

    it('reads every collection by its field table, asked once: the original’s date, not the scan’s, where `date` is the scan’s', async () => {
      const fieldTables = fieldTableRequests(contract.clean.requests);
      expect(fieldTables.length).toBeGreaterThan(1);
      expect(new Set(fieldTables).size).toBe(fieldTables.length);
      // `tcp` keeps the digitisation date (2012–2019) under `date`: read as the item's date, every item would be out of the window.
      const centennial = (await rowsOf()).filter((row) => row.collection === 'tcp');
      expect(centennial.length).toBeGreaterThan(5);
      for (const row of centennial) if (row.doc_year !== '') expect(Number(row.doc_year)).toBeLessThanOrEqual(1970);
      const { dateSources } = contract.clean.summary.rows;
      expect(dateSources.dateor).toBeGreaterThan(5);
      expect(dateSources.date).toBeGreaterThan(50);
      expect(Object.keys(dateSources).every((source) => ['date', 'datea', 'dateor', 'undated'].includes(source))).toBe(true);
    });

    it('keeps text correct UTF-8 and leaves empty fields empty', async () => {
      const text = await readFile(join(contract.clean.dataset, 'metadata_multi_label.csv'), 'utf8');
      expect(text).toMatch(/[éöôó–“”]/u);
      expect(text).not.toMatch(/Ã|Â|\\u00|\\\//u);
      expect(text).not.toContain('[object Object]');
      expect(text).toContain('Smith & Sons Studio');
    });

    it('counts its drops by stable reasons, CONTENTdm’s HTTP 200 errors included', () => {
      const { dropped } = contract.clean.summary.rows;
      expect(Object.keys(dropped).every((reason) => KNOWN_DROPS.includes(reason))).toBe(true);
      for (const reason of [
        'dmGetItemInfo: Requested item not found',
        'excluded genre',
        'not an image file',
        'not an image type',
        'out of date window',
      ]) {
        expect(dropped[reason], reason).toBeGreaterThan(0);
      }
    });

    it('survives being killed mid-harvest: the rerun fetches only the item pages it lacks and gives the same dataset', async () => {
      const baseDir = await contract.newDir();
      const dataset = join(baseDir, contract.clean.summary.dataset);
      contract.sim.requests.reset();
      contract.sim.faults.add({ match: 'q=dmGetItemInfo/', fault: 'slow', delayMs: 40 });
      const signal = await contract.collectUntilKilled(baseDir, async () => (await listFiles(join(dataset, 'hits', 'pages'))).length >= 40);
      contract.sim.faults.clear();
      expect(signal).toBe('SIGKILL');
      const beforeKill = itemInfoRequests(contract.sim.requests.entries);
      const finished = await contract.collect({ baseDir });
      expect(finished.summary.complete).toBe(true);
      expect(itemInfoRequests(finished.requests)).toBeLessThanOrEqual(itemInfoRequests(contract.clean.requests) - 20);
      expect(beforeKill).toBeGreaterThanOrEqual(20);
      expect(await datasetCsvs(dataset)).toEqual(await datasetCsvs(contract.clean.dataset));
    });

    it('searches only the collections asked for', async () => {
      const { summary, dataset } = await contract.collect({ adapter: createSmuAdapter({ collections: ['ryr', 'bud'] }) });
      expect(summary.complete).toBe(true);
      const rows = await rowsOf(dataset);
      expect(rows.length).toBeGreaterThan(10);
      expect(new Set(rows.map((row) => row.collection))).toEqual(new Set(['ryr', 'bud']));
      // The dataset says which collections it was made from.
      expect(summary.settings.archive).toEqual({ collections: ['ryr', 'bud'], iiifSize: 'max' });
    });

    it('records an unknown collection as a failed query that names it', async () => {
      const { summary } = await contract.collect({ adapter: createSmuAdapter({ collections: ['ryr', 'nope'] }) });
      expect(summary.complete).toBe(false);
      expect(summary.hits.failedQueries).toHaveLength(3);
      expect(itemAt(summary.hits.failedQueries, 0, 'failed query').reason).toContain('CONTENTdm does not know the collection "nope"');
    });
  },
);
