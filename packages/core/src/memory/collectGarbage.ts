import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let fullGc: (() => void) | undefined;

/**
 * A full garbage collection, between stages. A stage that parses thousands of records leaves tens of MB of
 * garbage, and V8 sizes the heap the next stage works in by it: collected at the boundary, the image work
 * that follows runs in a heap about 25 MB smaller (docs/benchmarks.md, memory). Node gives `gc` only to a
 * process started with --expose-gc; setting the flag now exposes it to contexts made afterwards (the one
 * made here), not to the caller's.
 */
export function collectGarbage(): void {
  if (!fullGc) {
    setFlagsFromString('--expose-gc');
    fullGc = runInNewContext('gc') as () => void;
  }
  fullGc();
}
