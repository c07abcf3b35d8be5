import { setFlagsFromString } from 'node:v8';

/**
 * Tells V8 to favour a small heap over speed for the rest of the process (`--optimize-for-size`): a smaller
 * young generation that shrinks again after a burst, and a heap grown less eagerly between full collections.
 * Left to its defaults, V8 sizes the heap by how long a loop has been allocating, so the longer a stage parses
 * and writes records, the more memory it keeps: a collection's peak RSS grew with its size. With it, 600 and
 * 6,000 images peak 50–80 MB lower and closer together (docs/benchmarks.md, memory); the CPU work of a run is
 * the image work in libvips, which it does not touch. Process-wide, so the `hx4` command calls it as it starts;
 * a program that imports the library decides for itself.
 */
export function favourSmallHeap(): void {
  setFlagsFromString('--optimize-for-size');
  // The young generation's ceiling is fixed as the process starts (16 MB a half); what can still be changed is
  // how it grows: not at all. Records are short-lived, and the few that outlive a small young generation are
  // collected with the old one.
  setFlagsFromString('--semi-space-growth-factor=1');
}
