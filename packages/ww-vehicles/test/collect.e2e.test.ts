import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCanonicalMap } from '@hx4/core';
import { cell, csvRecords, itemAt, startSimulator } from '@hx4/testkit';
import { contractCollect, describeArchiveContract } from '@hx4/testkit/contract';
import { describe, expect, it } from 'vitest';
import { LISTINGS, wwVehiclesAdapter } from '../src/index.js';
import { wwVehiclesSimulator } from '../src/simulator/index.js';

const KEYS = LISTINGS.map((listing) => listing.key);
const SIMULATOR = { vehiclesPerListing: 5, imageSize: [96, 72] as [number, number], crawlDelaySeconds: 0 };
const { queries, canonical } = wwVehiclesAdapter.ownQueries!();
const canonicalFile = fileURLToPath(new URL('../../../misc/canonical_labels.json', import.meta.url));
/** Article pages of a listing folder, not the listing itself. */
const articlesOf = (folder: string, listingFile: string) => new RegExp(`/ww-vehicles/${folder}/(?!${listingFile})[^/]+\\.php$`);

describeArchiveContract(
  {
    adapter: wwVehiclesAdapter,
    builtAdapter: new URL('../dist/index.js', import.meta.url),
    simulator: wwVehiclesSimulator(SIMULATOR),
    queries,
    canonical,
    faults: [
      { match: '/ww-vehicles/ww2/germany/german-trucks.php', fault: '503', times: 2 },
      // An error page served with status 200: no div.content, so the listing is asked for again.
      { match: '/ww-vehicles/ww2/uk/british-trucks.php', fault: 'html', times: 1 },
      { match: articlesOf('ww2/us', 'us-trucks'), fault: 'reset', times: 1 },
      { match: articlesOf('ww2/france', 'french-trucks'), fault: '429', times: 1, retryAfterSeconds: 1 },
      // Picture paths redirect to the image: their answers are retried too. Each picture meets one at most, as a
      // redirect and the image it leads to are one attempt, and the image may meet a fault of its own.
      { match: /\/ww-vehicles\/.*photos\/.+\.jpg$/, fault: '503', times: 3, firstAttemptOnly: true },
    ],
    interruption: {
      query: 'ww2 italy',
      // One article keeps failing, so its listing breaks off: the listing is read again, its other articles are not.
      request: articlesOf('ww2/italy', 'italian-trucks'),
      askedAgain: /^\/ww-vehicles\/ww2\/italy\/italian-trucks\.php$/,
    },
  },
  (contract) => {
    it('names its dataset without a date window, and fails only pictures that are gone', () => {
      const { summary } = contract.clean;
      expect(summary.dataset).toBe('WW_VEHICLES');
      expect(Object.keys(summary.images!.failed)).toEqual(['http-404']);
    });

    it('drops broken articles with short reasons', () => {
      expect(Object.keys(contract.clean.summary.rows.dropped)).toEqual([
        'article has no div.content',
        'article has no vehicle picture',
        'detail page http-404',
      ]);
    });

    it('writes one row per vehicle picture with its name, caption, war, country and vehicle label', async () => {
      const root = contract.clean.dataset;
      const endpoint = contract.sim.endpoint('ww-vehicles');
      const canonicalLabels = new Set((await loadCanonicalMap(canonicalFile)).values());
      const multi = await csvRecords(join(root, 'metadata_multi_label.csv'));
      expect(multi.length).toBeGreaterThan(KEYS.length * 5);
      for (const row of multi) {
        const rowQueries = JSON.parse(cell(row, 'user_query').replaceAll("'", '"')) as string[];
        expect(rowQueries.every((query) => KEYS.includes(query))).toBe(true);
        expect(row.war).toBe(rowQueries[0] === 'ww1' ? 'WW1' : 'WW2');
        expect(canonicalLabels).toContain(row.label);
        expect(JSON.parse(cell(row, 'canonical_labels'))).toEqual([cell(row, 'label')]);
        expect(cell(row, 'img_url').startsWith(`${endpoint}/ww`)).toBe(true);
        expect(row.doc_url).toBe(`${endpoint}${row.doc_id}`);
        expect(cell(row, 'id')).toBe(decodeURIComponent(cell(row, 'img_url').split('/').at(-1)!).replace(/\.\w+$/, ''));
        expect(row.title).not.toBe('');
        expect(row.country).not.toBe('');
        expect(row.doc_year).toBe('');
        expect(existsSync(join(root, cell(row, 'file_name')))).toBe(true);
      }
      expect(new Set(multi.map((row) => row.label)).size).toBeGreaterThan(1);
      expect(multi.filter((row) => row.description !== '').length).toBeGreaterThan(multi.length / 2);
      const header = itemAt((await readFile(join(root, 'metadata_multi_label.csv'), 'utf8')).split('\n'), 0, 'header line');
      expect(header.endsWith(',war,enriched_document_description')).toBe(true);
    });
  },
);

describe('collect ww-vehicles when a listing changed its markup', () => {
  it('fails that listing with the reason and keeps the others', async () => {
    const redesigned = await startSimulator({ archives: [wwVehiclesSimulator({ ...SIMULATOR, redesignedListings: ['ww2 japan'] })] });
    const baseDir = await mkdtemp(join(tmpdir(), 'hx4-ww-vehicles-redesign-'));
    try {
      const spec = {
        baseDir,
        endpoint: redesigned.endpoint('ww-vehicles'),
        queries: ['ww2 japan', 'ww2 us'],
        canonical,
        metadataOnly: true,
      };
      const summary = await contractCollect(wwVehiclesAdapter, spec);
      expect(summary.complete).toBe(false);
      expect(summary.hits.failedQueries).toHaveLength(1);
      const [failed] = summary.hits.failedQueries;
      expect(failed?.query).toBe('ww2 japan');
      expect(failed?.reason).toContain(`listing "ww2 japan" has no div.content`);
      expect(summary.rows.accepted).toBeGreaterThan(0);
    } finally {
      await redesigned.close();
      await rm(baseDir, { recursive: true, force: true });
    }
  });
});
