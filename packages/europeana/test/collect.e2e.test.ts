import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, createHttpClient, readCsv, userAgent, vocabularyFromQueries } from '@hx4/core';
import { cell, startSimulator } from '@hx4/testkit';
import { europeanaAdapter } from '../src/index.js';
import { europeanaSimulator } from '../src/simulator/index.js';

describe('collect() from another TypeScript project', () => {
  it('needs only the adapter, a folder, a vocabulary and an HTTP client; the rest has defaults', async () => {
    const sim = await startSimulator({ archives: [europeanaSimulator({ totals: { tank: 40 }, imageSize: [160, 120] })] });
    const http = createHttpClient({ userAgent: userAgent('test'), defaultPolicy: { requestsPerSecond: 1000, concurrency: 4 } });
    try {
      const baseDir = await mkdtemp(join(tmpdir(), 'hx4-library-'));
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
      const csvPath = join(baseDir, summary.dataset, 'metadata_multi_label.csv');
      expect((await readFile(csvPath, 'utf8')).split('\n')[0]).toMatch(/^doc_id,id,user_query,label,/);
      // Images behind script URLs (imagen_id.cmd?idImagen=…) are kept and stored like any other.
      const scripted: Record<string, string>[] = [];
      for await (const row of readCsv(csvPath)) if (/\/imagen_id\.cmd\?idImagen=\d+$/u.test(cell(row, 'img_url'))) scripted.push(row);
      expect(scripted.length).toBeGreaterThan(0);
      for (const row of scripted) expect(existsSync(cell(row, 'img_path'))).toBe(true);
    } finally {
      await http.close();
      await sim.close();
    }
  });
});
