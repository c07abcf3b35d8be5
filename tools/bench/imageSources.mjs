import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHttpClient, hx4Version, readCsv, userAgent } from '@hx4/core';
import { forEachConcurrently } from './childProcess.mjs';

const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Fetches every image URL of a dataset's raw rows once, as the CLI will: the simulator renders and caches
 * each image, and the baselines get a local copy of its bytes. URLs that send no image body (404s) are
 * left out; the rest map URL → `{ file, bytes }`.
 */
export async function downloadSources(datasetDir, dir) {
  const urls = new Set();
  for await (const row of readCsv(join(datasetDir, 'metadata_multi_label_raw.csv'))) urls.add(row.img_url);
  await mkdir(dir, { recursive: true });
  const sources = new Map();
  const http = createHttpClient({
    userAgent: userAgent(hx4Version),
    adaptive: false,
    defaultPolicy: { requestsPerSecond: 10_000, concurrency: 4 },
  });
  try {
    const downloads = [...urls].map((url, index) => ({ url, file: join(dir, `source-${index + 1}`) }));
    await forEachConcurrently(downloads, 4, async ({ url, file }) => {
      try {
        const { bytes } = await http.download(url, file, { maxBytes: MAX_BYTES });
        sources.set(url, { file, bytes });
      } catch {
        // No image to copy: the CLI fails this URL too, so no contender is given it.
      }
    });
  } finally {
    await http.close();
  }
  return sources;
}

/**
 * The images a CLI run stored, as jobs for the other contenders: the same URLs, their local copies, and
 * plain ids (`photo-<n>`), so every contender names its files alike.
 */
export async function storedJobs(datasetDir, sources) {
  const latest = new Map();
  const manifest = await readFile(join(datasetDir, 'state', 'images.jsonl'), 'utf8');
  for (const line of manifest.split('\n')) {
    if (!line) continue;
    const entry = JSON.parse(line);
    latest.set(entry.id, entry);
  }
  const stored = [...latest.values()].filter((entry) => entry.status === 'ok' && sources.has(entry.url));
  return stored.map((entry, index) => ({ id: `photo-${index + 1}`, url: entry.url, source: sources.get(entry.url).file }));
}
