import { collectGarbage } from './collectGarbage.js';

/**
 * A tick to call once per item of a long loop; every `items` ticks it collects the garbage. Parsing and
 * re-serialising records leaves garbage faster than V8 collects it unasked, and V8 grows the heap (its young
 * generation most) the longer such a loop runs: collected as it goes, the peak stays what one stretch of
 * items needs, whatever the number of items (docs/benchmarks.md, memory).
 */
export function collectGarbageEvery(items: number): () => void {
  let sinceCollected = 0;
  return () => {
    if (++sinceCollected < items) return;
    sinceCollected = 0;
    collectGarbage();
  };
}
