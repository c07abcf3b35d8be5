#!/usr/bin/env node
import { limitMallocArenas, steadyHeap } from '@hx4/core/memory';

// First of all: threads keep the malloc arena they first take, and growing the heap below starts V8's.
limitMallocArenas();
// Before the modules load: loading them alone would grow V8's young generation to 16 MB a half, and V8 keeps
// what it grew while work goes on.
steadyHeap();
const { main } = await import('../dist/main.js');

process.exitCode = await main(process.argv.slice(2));
