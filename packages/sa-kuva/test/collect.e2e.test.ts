import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCanonicalMap } from '@hx4/core';
import { csvRecords, cell } from '@hx4/testkit';
import { describeArchiveContract } from '@hx4/testkit/contract';
import { expect, it } from 'vitest';
import { saKuvaAdapter } from '../src/index.js';
import { saKuvaSimulator } from '../src/simulator/index.js';

const QUERIES = ['panssarivaunu', 'lotta', 'korsu', 'sotilaskoti'];
const LABELS: Record<string, string> = { panssarivaunu: 'tank', lotta: 'women at war', korsu: 'shelter', sotilaskoti: 'camp life' };
const misc = (file: string) => fileURLToPath(new URL(`../../../misc/${file}`, import.meta.url));

describeArchiveContract(
  {
    adapter: saKuvaAdapter,
    builtAdapter: new URL('../dist/index.js', import.meta.url),
    simulator: saKuvaSimulator({ totals: { panssarivaunu: 130, lotta: 70, korsu: 90 }, imageSize: [96, 72] }),
    queries: QUERIES,
    canonical: Object.fromEntries(await loadCanonicalMap(misc('canonical_labels_fi.json'))),
    faults: [
      { match: /\/search\?lookfor=panssarivaunu/, fault: '503', times: 2 },
      { match: /\/search\?lookfor=lotta/, fault: 'malformed-json', times: 1 },
      // The cover service redirects to the image: its answers are retried too. Each cover meets one at most, as a
      // redirect and the image it leads to are one attempt, and the image may meet a fault of its own.
      { match: '/Cover/Show', fault: '503', times: 3, firstAttemptOnly: true },
    ],
    interruption: { query: 'panssarivaunu', request: /\/search\?lookfor=panssarivaunu.*&page=2&/ },
  },
  (contract) => {
    it('drops records outside the window and without an image', () => {
      const { dropped } = contract.clean.summary.rows;
      expect(dropped['out of date window']).toBeGreaterThan(0);
      expect(dropped['no image']).toBeGreaterThan(0);
    });

    it('dates most rows to the day from their photographing event, the rest by year or not at all', async () => {
      const { rows } = contract.clean.summary;
      const { events, year, undated, ...others } = rows.dateSources;
      expect(events).toBeGreaterThan(rows.accepted / 2);
      expect(year).toBeGreaterThan(0);
      expect(undated).toBeGreaterThan(0);
      expect(others).toEqual({});
      const multi = await csvRecords(join(contract.clean.dataset, 'metadata_multi_label.csv'));
      const days = multi.filter((row) => /^\d{4}-\d\d-\d\d$/.test(cell(row, 'doc_date')));
      expect(days.length).toBeGreaterThan(multi.length / 2);
      for (const row of days) expect(cell(row, 'doc_date') >= '1939-09-01' && cell(row, 'doc_date') <= '1945-09-02').toBe(true);
      expect(multi.some((row) => /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(cell(row, 'raw_doc_date')))).toBe(true);
    });

    it('keeps the Finnish query in user_query and labels rows with the English canonical label', async () => {
      const root = contract.clean.dataset;
      const multi = await csvRecords(join(root, 'metadata_multi_label.csv'));
      expect(multi.length).toBeGreaterThan(150);
      for (const row of multi) {
        const queries = JSON.parse(cell(row, 'user_query').replaceAll("'", '"')) as string[];
        expect(queries.every((query) => QUERIES.includes(query))).toBe(true);
        expect(queries.map((query) => LABELS[query])).toContain(row.label);
        expect(cell(row, 'img_url').startsWith(`${contract.sim.endpoint('sa-kuva').replace(/\/v1$/, '')}/Cover/Show?`)).toBe(true);
        expect(new URL(cell(row, 'img_url')).searchParams.get('size')).toBe('large');
        expect(row.doc_url).toBe(`https://www.finna.fi/Record/${row.doc_id}`);
        expect(row.id).toBe(row.doc_id);
        expect(row.country).toBe('Finland');
        expect(row.rights).toBe('CC BY 4.0');
        if (row.doc_year) expect(Number(row.doc_year)).toBeGreaterThanOrEqual(1939);
        if (row.doc_year) expect(Number(row.doc_year)).toBeLessThanOrEqual(1945);
        expect(existsSync(join(root, cell(row, 'file_name')))).toBe(true);
      }
      expect(new Set(multi.map((row) => row.label))).toEqual(new Set(['tank', 'women at war', 'shelter', 'camp life']));
    });
  },
);
