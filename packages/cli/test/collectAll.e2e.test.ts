import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { saKuvaSimulator } from '@hx4/sa-kuva/simulator';
import { datasetCsvs } from '@hx4/testkit';
import { runHx4 } from './support/hx4Process.js';
import { useSimulator } from './support/useSimulator.js';

const simulator = useSimulator({
  archives: [
    europeanaSimulator({ totals: { tank: 14 }, imageSize: [320, 240] }),
    saKuvaSimulator({ totals: { tank: 14 }, imageSize: [320, 240] }),
  ],
});
const endpoints = () => simulator.endpointEnv();
const args = (dir: string, extra: string[] = []) => [
  'collect',
  'europeana',
  'sa-kuva',
  '-d',
  dir,
  '--query',
  'tank',
  '--requests-per-second',
  '1000',
  '--img-mean-std',
  ...extra,
];

describe('hx4 collect with several archives', () => {
  it('collects them side by side, prints the table, writes collection-summary.json, and merges', async () => {
    const dir = await simulator.newDir();
    const result = await runHx4(args(dir), endpoints());
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/COLLECTION SUMMARY[\s\S]*europeana\s+\d+\s+\d+\s+\d+\s+[\d.]+s\s+✓[\s\S]*sa-kuva\s+\d+/);
    const collection = JSON.parse(await readFile(join(dir, 'collection-summary.json'), 'utf8'));
    expect(collection.ok).toBe(true);
    expect(collection.archives.map((a: { archive: string }) => a.archive)).toEqual(['europeana', 'sa-kuva']);
    const merged = JSON.parse(await readFile(join(dir, 'HISTORY_X2', 'run-summary.json'), 'utf8'));
    expect(merged.sources.map((s: { archive: string }) => s.archive).sort()).toEqual(['europeana', 'sa-kuva']);
    expect(existsSync(join(dir, 'HISTORY_X2', 'report.html'))).toBe(true);

    // `hx4 merge` again, by hand, with chunks: the same merged CSVs, byte for byte.
    const before = await datasetCsvs(join(dir, 'HISTORY_X2'));
    const again = await runHx4(['merge', '-ddir', dir, '--chunk_size', '5']);
    expect(again.code).toBe(0);
    const after = await datasetCsvs(join(dir, 'HISTORY_X2'));
    for (const [name, text] of Object.entries(before)) expect(after[name]).toBe(text);
    const chunks = Object.keys(after).filter((name) => name.startsWith('metadata_multi_label_chunk_'));
    expect(chunks.length).toBe(Math.ceil(merged.final.multiLabel / 5));
  });

  it('reports a failing archive, finishes the others, and exits non-zero', async () => {
    const dir = await simulator.newDir();
    const result = await runHx4(args(dir, ['--no-merge']), { ...endpoints(), HX4_SA_KUVA_ENDPOINT: 'http://127.0.0.1:9/v1' });
    expect(result.code).toBe(1);
    const collection = JSON.parse(await readFile(join(dir, 'collection-summary.json'), 'utf8'));
    expect(collection.archives.map((a: { archive: string; ok: boolean }) => [a.archive, a.ok])).toEqual([
      ['europeana', true],
      ['sa-kuva', false],
    ]);
    expect(collection.archives[0].images).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'HISTORY_X1'))).toBe(false);
  });
});

describe('the merge question', () => {
  const bin = fileURLToPath(new URL('../bin/hx4.js', import.meta.url));

  it('is asked on a terminal, and "n" skips the merge', async () => {
    const dir = await simulator.newDir();
    // A pseudo-terminal, as a person at a shell would have: python's pty answers the prompt.
    const script = `
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
seen = b''
while b'[Y/n]' not in seen:
    chunk = os.read(fd, 4096)
    if not chunk:
        break
    seen += chunk
asked = b'[Y/n]' in seen
os.write(fd, b'n\\n')
try:
    while os.read(fd, 4096):
        pass
except OSError:
    pass
_, status = os.waitpid(pid, 0)
print('asked' if asked else 'not asked', os.waitstatus_to_exitcode(status))
`;
    // Asynchronously: the simulator answering the run lives in this very process.
    const { stdout } = await promisify(execFile)('python3', ['-c', script, process.execPath, bin, ...args(dir)], {
      env: { ...process.env, ...endpoints() },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(stdout.trim()).toBe('asked 0');
    expect(existsSync(join(dir, 'collection-summary.json'))).toBe(true);
    expect(existsSync(join(dir, 'HISTORY_X2'))).toBe(false);
  });

  it('is never asked without a terminal: a batch job merges (first test), --no-merge does not', async () => {
    const dir = await simulator.newDir();
    const result = await runHx4(args(dir, ['--no-merge']), endpoints());
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('[Y/n]');
    expect(existsSync(join(dir, 'HISTORY_X2'))).toBe(false);
  });
});
