#!/usr/bin/env node
import { steadyHeap } from '@hx4/core/memory';

// Before the modules load: loading them alone would grow V8's young generation to 16 MB a half, for good.
steadyHeap();
const { main } = await import('../dist/main.js');

process.exitCode = await main(process.argv.slice(2));
