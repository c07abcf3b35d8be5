import { setFlagsFromString } from 'node:v8';

/**
 * Tells V8 to favour a small heap over speed for the rest of the process (`--optimize-for-size`, and a young
 * generation that does not grow). Left to its defaults, V8 sizes the heap by how long a loop has been
 * allocating, so the longer a stage parses and writes records, the more memory it keeps. With it, a
 * collection of 600 and of 6,000 images peaks at ~195 and ~217 MB instead of ~265 and ~290 MB, and the image
 * work spends ~25% more CPU per image (more collections of a smaller heap), so it is not the default:
 * `hx4 collect --low-memory` asks for it (docs/benchmarks.md, memory). Process-wide; call it before the work.
 */
export function favourSmallHeap(): void {
  setFlagsFromString('--optimize-for-size');
  // The young generation's ceiling is fixed as the process starts (16 MB a half); what can still be changed is
  // how it grows: not at all. Records are short-lived, and the few that outlive a small young generation are
  // collected with the old one.
  setFlagsFromString('--semi-space-growth-factor=1');
}
