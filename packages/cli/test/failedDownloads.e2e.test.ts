import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { cell } from '@hx4/testkit';
import { runHx4 } from './support/hx4Process.js';
import { useSimulator } from './support/useSimulator.js';

const DATASET = 'EUROPEANA_1900-01-01_1970-12-31';
const simulator = useSimulator({ archives: [europeanaSimulator({ totals: { tank: 60 }, imageSize: [320, 240] })] });
const args = (dir: string, extra: string[] = []) => simulator.collectArgs('europeana', dir, ['tank'], ['-nw', '4', ...extra]);

async function failedLog(dir: string): Promise<Record<string, string>[]> {
  const [header, ...lines] = (await readFile(join(dir, DATASET, 'logs', 'failed_downloads.csv'), 'utf8')).trim().split('\n');
  const columns = (header ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [columns[i], value])));
}

describe('failed downloads', () => {
  it('are logged with url, id, reason and attempts; transient ones retried on the next run, all with --retry-failed', async () => {
    const { sim } = simulator;
    const dir = await simulator.newDir();
    const unavailable = sim.faults.add({ match: /\/img\/jpeg-[0-9]*7-/, fault: '503' });
    const fake = sim.faults.add({ match: /\/img\/jpeg-[0-9]*8-/, fault: 'html' });
    expect((await runHx4(args(dir))).code).toBe(0);
    sim.faults.clear();
    expect(unavailable.applied).toBeGreaterThan(0);
    expect(fake.applied).toBeGreaterThan(0);

    const first = await failedLog(dir);
    const transient = first.filter((row) => row.reason === 'http-503');
    const fakes = first.filter((row) => cell(row, 'reason') === 'not-an-image' && /jpeg-[0-9]*8-/.test(cell(row, 'img_url')));
    expect(transient.length).toBeGreaterThan(0);
    expect(fakes.length).toBeGreaterThan(0);
    for (const row of transient) expect(row).toMatchObject({ transient: 'yes', attempts: '4' });
    for (const row of fakes) expect(row).toMatchObject({ transient: 'no', attempts: '1' });

    // A plain rerun retries the transient failures only.
    sim.requests.reset();
    const second = await runHx4(args(dir));
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`retried ${transient.length} earlier failures: ${transient.length} now stored, 0 still failing`);
    const requested = sim.requests.entries.map((entry) => entry.path);
    for (const row of transient) expect(requested.some((path) => cell(row, 'img_url').endsWith(path))).toBe(true);
    for (const row of fakes) expect(requested.some((path) => cell(row, 'img_url').endsWith(path))).toBe(false);
    const afterSecond = await failedLog(dir);
    expect(afterSecond.filter((row) => row.reason === 'http-503')).toEqual([]);

    // --retry-failed tries the permanent ones too, and says what changed.
    const third = await runHx4(args(dir, ['--retry-failed']));
    expect(third.code).toBe(0);
    const stillBroken = afterSecond.length - fakes.length;
    expect(third.stderr).toContain(
      `retried ${afterSecond.length} earlier failures: ${fakes.length} now stored, ${stillBroken} still failing`,
    );
    const summary = JSON.parse(await readFile(join(dir, DATASET, 'run-summary.json'), 'utf8'));
    expect(summary.images.retried).toEqual({ attempted: afterSecond.length, recovered: fakes.length });
    expect((await failedLog(dir)).length).toBe(stillBroken);
  });
});
