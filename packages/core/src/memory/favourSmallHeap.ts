import { setFlagsFromString } from 'node:v8';

let forGood = false;
/** Stages running now that want a small heap (`hx4 collect all` runs several archives side by side). */
let stagesWanting = 0;

/**
 * Tells V8 to favour a small heap over speed for the rest of the process (`--optimize-for-size`, and a young
 * generation that does not grow), the image work included: `hx4 collect --low-memory`. Left to its defaults,
 * V8 sizes the heap by how long a loop has been allocating. With it a collection of 6,000 images peaks 65–80 MB
 * lower, and the image work spends ~25% more CPU per image on collecting a smaller heap more often
 * (docs/benchmarks.md, memory). Process-wide; call it before the work.
 */
export function favourSmallHeap(): void {
  forGood = true;
  applySmallHeap(true);
}

/**
 * Runs a stage that streams records (rows, final CSVs) with V8 favouring a small heap, then returns to V8's
 * defaults unless the process favours a small heap for good. Parsing and re-serialising records makes garbage
 * faster than V8 collects it unasked, and V8 grows the heap the longer that goes on: at 6,000 images the final
 * CSVs' passes alone added ~55 MB at the end of a run. The image work, where a small heap costs CPU, keeps V8's
 * defaults.
 */
export async function withSmallHeap<T>(stage: () => Promise<T>): Promise<T> {
  if (stagesWanting++ === 0 && !forGood) applySmallHeap(true);
  try {
    return await stage();
  } finally {
    if (--stagesWanting === 0 && !forGood) applySmallHeap(false);
  }
}

function applySmallHeap(small: boolean): void {
  setFlagsFromString(small ? '--optimize-for-size' : '--no-optimize-for-size');
  // The young generation's ceiling is fixed as the process starts (16 MB a half); how it grows is not: not at
  // all, or V8's default 2× at a time.
  setFlagsFromString(`--semi-space-growth-factor=${small ? 1 : 2}`);
}
