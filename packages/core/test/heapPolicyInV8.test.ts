import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/memory/collectGarbage.js';
import { favourSmallHeap, YOUNG_GENERATION_CAP_BYTES } from '../src/memory/heapPolicy.js';

/** What a stage does to the heap: objects that live a little while (a chunk of rows), then are dropped. */
function readRecords(): void {
  let chunk: object[] = [];
  for (let index = 0; index < 2_000_000; index++) {
    chunk.push({ id: `record-${index}`, labels: [index % 7, index % 11] });
    if (chunk.length === 20_000) chunk = [];
  }
}

/** The image work's shape: async, with what is in flight living across turns of the event loop. */
async function downloadImages(): Promise<void> {
  let inFlight: object[] = [];
  for (let index = 0; index < 2_000_000; index++) {
    inFlight.push({ id: `image-${index}`, body: [index % 7, index % 11] });
    if (inFlight.length === 20_000) inFlight = [];
    if (index % 2_000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

const youngGenerationMb = () => (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? NaN) / 2 ** 20;

/** Runs `script` in a fresh Node (V8's defaults, nothing grown yet); it writes `young generation MB <n>`. */
function youngGenerationOfChild(script: string): number {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const youngMb = /young generation MB ([\d.]+)/u.exec(output)?.[1];
  expect(youngMb, output).toBeDefined();
  return Number(youngMb);
}

const REPORT_YOUNG_GENERATION = `const young = (await import('node:v8')).getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  process.stdout.write('young generation MB ' + String(young.space_size / 2 ** 20) + '\\n');`;

describe('the heap policy, in V8', () => {
  it('steadyHeap holds the young generation at the cap through long work, where V8 grows it to 16 MB a half', () => {
    // The built module, as the hx4 command imports it (tests run after the package's build).
    const memory = fileURLToPath(new URL('../dist/memory/index.js', import.meta.url));
    const defaults = youngGenerationOfChild(`${downloadImages.toString()}; await downloadImages(); ${REPORT_YOUNG_GENERATION}`);
    expect(defaults).toBeGreaterThanOrEqual(32);
    const steady = youngGenerationOfChild(
      `const { steadyHeap } = await import(${JSON.stringify(memory)}); steadyHeap();
       ${readRecords.toString()}; ${downloadImages.toString()}; readRecords(); await downloadImages(); ${REPORT_YOUNG_GENERATION}`,
    );
    expect(steady).toBeGreaterThan(2);
    expect(steady).toBeLessThanOrEqual((2 * YOUNG_GENERATION_CAP_BYTES) / 2 ** 20);
  });

  it('favourSmallHeap keeps the young generation small after a long stretch of records, where V8 would keep it grown', () => {
    // The same stretch in a process left to V8's defaults (this file's own process is changed for good below).
    const defaults = youngGenerationOfChild(`${readRecords.toString()}; readRecords(); ${REPORT_YOUNG_GENERATION}`);
    expect(defaults).toBeGreaterThanOrEqual(16);

    favourSmallHeap();
    readRecords();
    collectGarbage();
    expect(youngGenerationMb()).toBeLessThanOrEqual(8);
  });
});
