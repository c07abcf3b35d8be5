import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect, createHttpClient, readCsv, userAgent, vocabularyFromQueries } from '@hx4/core';
import { startSimulator, cell } from '@hx4/testkit';
import { describeArchiveContract } from '@hx4/testkit/contract';
import { describe, expect, it } from 'vitest';
import { europeanaAdapter } from '../src/index.js';
import { europeanaSimulator } from '../src/simulator/index.js';

describeArchiveContract(
  {
    adapter: europeanaAdapter,
    builtAdapter: new URL('../dist/index.js', import.meta.url),
    simulator: europeanaSimulator({ totals: { tank: 130, 'combat aircraft': 40 }, imageSize: [160, 120] }),
    queries: ['tank', 'combat aircraft', 'field hospital', 'submarine'],
    canonical: { 'field hospital': 'hospital' },
    faults: [{ match: /search\.json.*query=submarine/, fault: 'malformed-json', times: 1 }],
    // The second page of "tank": any cursor but the first page's `*`.
    interruption: { query: 'tank', request: /search\.json\?.*query=tank.*&cursor=(?!\*)/ },
  },
  (contract) => {
    it('keeps images behind script URLs (imagen_id.cmd?idImagen=…) and stores them like any other', async () => {
      const scripted: Record<string, string>[] = [];
      for await (const row of readCsv(join(contract.clean.dataset, 'metadata_multi_label.csv'))) {
        if (/\/imagen_id\.cmd\?idImagen=\d+$/u.test(cell(row, 'img_url'))) scripted.push(row);
      }
      expect(scripted.length).toBeGreaterThan(0);
      for (const row of scripted) expect(existsSync(cell(row, 'img_path'))).toBe(true);
    });
  },
);

describe('collect() from another TypeScript project', () => {
  it('needs only the adapter, a folder, a vocabulary and an HTTP client; the rest has defaults', async () => {
    const sim = await startSimulator({ archives: [europeanaSimulator({ totals: { tank: 40 }, imageSize: [160, 120] })] });
    const http = createHttpClient({ userAgent: userAgent('test'), defaultPolicy: { requestsPerSecond: 1000, concurrency: 4 } });
    const baseDir = await mkdtemp(join(tmpdir(), 'hx4-library-'));
    try {
      const summary = await collect({
        adapter: europeanaAdapter,
        baseDir,
        vocabulary: vocabularyFromQueries(['tank'], { tank: 'tank' }),
        http,
        endpoint: sim.endpoint('europeana'),
      });
      expect(summary.dataset).toBe('EUROPEANA_1900-01-01_1970-12-31');
      expect(summary.complete).toBe(true);
      expect(summary.final!.multiLabel).toBeGreaterThan(0);
      // The public demo key was sent, as the adapter's default.
      expect(sim.requests.entries.find((entry) => entry.path.includes('search.json'))?.headers['x-api-key']).toBe('api2demo');
      const csv = await readFile(join(baseDir, summary.dataset, 'metadata_multi_label.csv'), 'utf8');
      expect(csv.split('\n')[0]).toMatch(/^doc_id,id,user_query,label,/);
    } finally {
      await http.close();
      await sim.close();
      await rm(baseDir, { recursive: true, force: true });
    }
  });
});
