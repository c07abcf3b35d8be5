import { defineProject } from 'vitest/config';
import { globalSetup, sourceAliases } from '../../vitest.shared.js';

export default defineProject({
  // The simulator runs from the workspace's sources; everything under test comes from the registry.
  resolve: { alias: sourceAliases },
  test: {
    name: 'registry-check',
    globalSetup,
    include: ['test/**/*.test.ts'],
    // Each file runs npm and Nx over the whole workspace; side by side they would only slow each other down.
    fileParallelism: false,
    // Publishing every package and two npm installs take minutes on a loaded machine.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
