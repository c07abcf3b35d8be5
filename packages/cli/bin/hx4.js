#!/usr/bin/env node
import { steadyHeap } from '@hx4/core/memory';

// Before the modules load: loading them alone would grow V8's young generation to 16 MB a half, and V8 keeps
// what it grew while work goes on.
steadyHeap();
const { main } = await import('../dist/main.js');

process.exitCode = await main(process.argv.slice(2));
