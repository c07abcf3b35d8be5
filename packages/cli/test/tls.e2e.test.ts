import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { selfSignedCertificate } from '@hx4/testkit';
import { runHx4 } from './support/hx4Process.js';
import { useSimulator } from './support/useSimulator.js';

const DATASET = 'EUROPEANA_1900-01-01_1970-12-31';
const simulator = useSimulator({
  archives: [europeanaSimulator({ totals: { tank: 12 }, imageSize: [320, 240] })],
  tls: selfSignedCertificate(),
});
const args = (dir: string, extra: string[] = []) => simulator.collectArgs('europeana', dir, ['tank'], extra);

describe('a certificate HX4 cannot verify', () => {
  it('is never silently accepted: the run stops the query and names the host and the fix', async () => {
    const dir = await simulator.newDir();
    simulator.sim.requests.reset();
    const result = await runHx4(args(dir));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/tls: .*127\.0\.0\.1.*--insecure-host 127\.0\.0\.1/);
    expect(simulator.sim.requests.count()).toBe(0);
    const summary = JSON.parse(await readFile(join(dir, DATASET, 'run-summary.json'), 'utf8'));
    expect(summary.complete).toBe(false);
    expect(summary.hits.failedQueries[0].reason).toMatch(/^tls/);
  });

  it('is accepted for the one host the user names, and that is logged and recorded', async () => {
    const dir = await simulator.newDir();
    const result = await runHx4(args(dir, ['--insecure-host', '127.0.0.1']));
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/TLS certificate checks are OFF for: 127\.0\.0\.1/);
    const summary = JSON.parse(await readFile(join(dir, DATASET, 'run-summary.json'), 'utf8'));
    expect(summary.settings.insecureHosts).toEqual(['127.0.0.1']);
    expect(summary.images.ok).toBeGreaterThan(0);
    const logs = await readdir(join(dir, DATASET, 'logs'));
    const log = await readFile(
      join(
        dir,
        DATASET,
        'logs',
        logs.find((name) => name.endsWith('.log'))!,
      ),
      'utf8',
    );
    expect(log).toMatch(/TLS certificate checks are OFF for: 127\.0\.0\.1/);
  });
});
