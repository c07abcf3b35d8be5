import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { DetailFetcher } from '../adapter/ArchiveAdapter.js';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import type { HttpClient } from '../http/HttpClient.js';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/**
 * A `DetailFetcher` that keeps every answer under `cacheDir` (gzipped, named by the URL's hash), so
 * item and attachment pages are fetched once across runs, kills and reruns.
 */
export function createDetailFetcher(http: HttpClient, cacheDir: string, signal?: AbortSignal): DetailFetcher {
  const cached = async (url: string, fetchBody: () => Promise<string>): Promise<string> => {
    const path = join(cacheDir, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.gz`);
    try {
      return (await gunzipAsync(await readFile(path))).toString('utf8');
    } catch {
      // Not cached yet (or a damaged entry, which is fetched again rather than trusted).
    }
    const body = await fetchBody();
    await writeFileAtomic(path, await gzipAsync(body));
    return body;
  };
  return {
    getText: (url, headers) => cached(url, async () => (await http.getText(url, { headers, signal })).body),
    async getJson(url, headers) {
      const text = await cached(url, async () => JSON.stringify((await http.getJson(url, { headers, signal })).body));
      return JSON.parse(text) as unknown;
    },
  };
}
