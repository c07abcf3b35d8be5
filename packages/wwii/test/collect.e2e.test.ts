import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cell, csvRecords, present, startSimulator } from '@hx4/testkit';
import { contractCollect, describeArchiveContract } from '@hx4/testkit/contract';
import { describe, expect, it } from 'vitest';
import { wwiiAdapter } from '../src/index.js';
import { galleryByKey } from '../src/catalogue.js';
import { uploadFolder } from '../src/simulator/siteUrls.js';
import { wwiiSimulator } from '../src/simulator/index.js';

const T34 = 'ussr tanks-2 t-34';
/** A section read as a gallery: it lists the section's galleries as folder icons. */
const US_TANKS = 'usa tanks';
const WESPE = 'germany artillery wespe';
const OPEL = 'germany wehrmacht_trucks opel_blitz';
const STUART = 'usa tanks m3_stuart';
const KV1 = 'ussr tanks-2 kv-1';
const { canonical } = wwiiAdapter.ownQueries!();

describeArchiveContract(
  {
    adapter: wwiiAdapter,
    builtAdapter: new URL('../dist/index.js', import.meta.url),
    // No Crawl-delay: the tests would otherwise wait a second per request.
    simulator: wwiiSimulator({
      sizes: { [T34]: 45, [US_TANKS]: 0, [WESPE]: 30, [OPEL]: 25, [KV1]: 12 },
      changedMarkup: [STUART],
      imageSize: [64, 48],
      crawlDelaySeconds: 0,
    }),
    queries: [T34, US_TANKS, WESPE, OPEL],
    canonical,
    faults: [
      { match: '/wwii/gallery/ussr/tanks-2/t-34/thumbnails/2', fault: '503', times: 2 },
      { match: /\/wwii\/gallery\/germany\/artillery\/wespe\/wespe-00\d\/$/, fault: 'reset', times: 2 },
      { match: '/wwii/wp-content/gallery/germany/wehrmacht_trucks/opel_blitz/', fault: '429', times: 1, retryAfterSeconds: 1 },
    ],
    interruption: { query: T34, request: '/wwii/gallery/ussr/tanks-2/t-34/thumbnails/2' },
  },
  (contract) => {
    it('reads each gallery page once: two of the T-34s, one of each other', () => {
      expect(contract.clean.summary.hits.pages).toBe(2 + 1 + 1 + 1);
    });

    it('drops images dated outside the window by reason, and finds every photo of the galleries', () => {
      const { rows } = contract.clean.summary;
      expect(rows.dropped).toEqual({ 'out of date window': expect.any(Number) });
      expect(rows.accepted + present(rows.dropped['out of date window'], 'the out-of-window count')).toBe(45 + 30 + 25);
    });

    it("says where each row's year came from, and never fetches a subfolder icon's folder as a photo", () => {
      expect(Object.keys(contract.clean.summary.rows.dateSources).sort()).toEqual(['caption', 'undated']);
      // The US tanks section lists its galleries as folder icons but has no photos of its own: it gives no record.
      const usa = contract.clean.requests.filter((entry) => entry.path.startsWith('/wwii/gallery/usa/')).map((entry) => entry.path);
      expect(usa).toEqual(['/wwii/gallery/usa/tanks/']);
    });

    it('keeps the gallery in user_query, its class in label, and the attachment page and full-size image per row', async () => {
      const root = contract.clean.dataset;
      const multi = await csvRecords(join(root, 'metadata_multi_label.csv'));
      expect(multi.length).toBeGreaterThan(70);
      const endpoint = contract.sim.endpoint('wwii');
      for (const row of multi) {
        const [gallery] = JSON.parse(cell(row, 'user_query').replaceAll("'", '"')) as [string];
        const entry = galleryByKey(gallery)!;
        expect(row.label).toBe(entry.label);
        expect(row.country).toBe(entry.country);
        expect(row.img_url).toBe(`${endpoint}${uploadFolder(entry)}${row.id}.jpg`);
        expect(row.doc_url).toMatch(new RegExp(`^${endpoint}${entry.path}[a-z0-9-]+/$`));
        expect(row.title).not.toBe('');
        if (row.doc_year) expect(row.description).toContain(row.doc_year);
        if (row.doc_year) expect(Number(row.doc_year)).toBeGreaterThanOrEqual(1939);
        if (row.doc_year) expect(Number(row.doc_year)).toBeLessThanOrEqual(1945);
        expect(existsSync(join(root, cell(row, 'file_name')))).toBe(true);
      }
      expect(multi.some((row) => row.doc_year === '')).toBe(true);
      expect(new Set(multi.map((row) => row.label))).toEqual(new Set(['tank', 'armoured vehicle', 'military vehicle']));
    });

    it('fails a gallery whose markup changed with a clear reason, drops an unreadable attachment page, and keeps the rest', async () => {
      const errorPage = contract.sim.faults.add({ match: '/wwii/gallery/ussr/tanks-2/kv-1/kv-1-004/', fault: 'html', times: 1 });
      const { summary } = await contract.collect({ queries: [STUART, KV1], metadataOnly: true });
      contract.sim.faults.clear();
      expect(errorPage.applied).toBe(1);
      expect(summary.complete).toBe(false);
      expect(summary.hits.failedQueries).toEqual([
        { query: STUART, reason: `gallery "${STUART}" page 1 has no h2.entry-title or .entry-content: the site's markup changed` },
      ]);
      expect(summary.rows.dropped['attachment page has no .entry-title']).toBe(1);
      expect(summary.rows.accepted + Object.values(summary.rows.dropped).reduce((a, b) => a + b, 0)).toBe(12);
    });
  },
);

describe('robots.txt of the site', () => {
  it('is obeyed: a disallowed gallery is never requested and its query fails with the reason', async () => {
    const strict = await startSimulator({
      archives: [wwiiSimulator({ sizes: { [KV1]: 3 }, imageSize: [64, 48], crawlDelaySeconds: 0, disallow: ['/gallery/usa/'] })],
    });
    const baseDir = await mkdtemp(join(tmpdir(), 'hx4-wwii-robots-'));
    try {
      const spec = { baseDir, endpoint: strict.endpoint('wwii'), queries: [KV1, STUART], canonical, metadataOnly: true };
      const summary = await contractCollect(wwiiAdapter, spec);
      expect(summary.hits.failedQueries).toEqual([
        { query: STUART, reason: expect.stringMatching(/^robots: .*disallowed by .*robots\.txt/) },
      ]);
      expect(strict.requests.entries.some((entry) => entry.path.includes('/gallery/usa/'))).toBe(false);
      expect(strict.requests.entries.filter((entry) => entry.path === '/robots.txt')).toHaveLength(1);
      expect(summary.hits.records).toBeGreaterThan(0);
    } finally {
      await strict.close();
      await rm(baseDir, { recursive: true, force: true });
    }
  });
});
