import { execFileSync } from 'node:child_process';
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/memory/collectGarbage.js';
import { favourSmallHeap } from '../src/memory/favourSmallHeap.js';

/** What a stage does to the heap: objects that live a little while (a chunk of rows), then are dropped. */
function readRecords(): void {
  let chunk: object[] = [];
  for (let index = 0; index < 2_000_000; index++) {
    chunk.push({ id: `record-${index}`, labels: [index % 7, index % 11] });
    if (chunk.length === 20_000) chunk = [];
  }
}

const youngGenerationMb = () => (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? NaN) / 2 ** 20;

describe('favourSmallHeap', () => {
  it('keeps the young generation small after a long stretch of records, where V8 would keep it grown', () => {
    // The same stretch in a process left to V8's defaults (this file's own process is changed for good below).
    const defaults = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '-e',
        `${readRecords.toString()}; readRecords(); gc();
         const young = require('node:v8').getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
         process.stdout.write('young generation MB ' + String(young.space_size / 2 ** 20) + '\\n');`,
      ],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
    );
    const youngMb = /young generation MB ([\d.]+)/u.exec(defaults)?.[1];
    expect(Number(youngMb), defaults).toBeGreaterThanOrEqual(16);

    favourSmallHeap();
    readRecords();
    collectGarbage();
    expect(youngGenerationMb()).toBeLessThanOrEqual(8);
  });
});
