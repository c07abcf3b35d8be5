import { defineProject } from 'vitest/config';
import { globalSetup } from '../../vitest.shared.js';

export default defineProject({
  test: {
    name: 'workspace-checks',
    globalSetup,
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
