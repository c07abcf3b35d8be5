import { fileURLToPath } from 'node:url';

const source = (pkg: string, entry = 'index.ts') => fileURLToPath(new URL(`./packages/${pkg}/src/${entry}`, import.meta.url));

/** Tests import sibling packages from source, so they need no build and see every edit at once. */
export const sourceAliases = {
  '@hx4/core': source('core'),
  '@hx4/testkit/contract': source('testkit', 'contract/index.ts'),
  '@hx4/testkit': source('testkit'),
  '@hx4/europeana/simulator': source('europeana', 'simulator/index.ts'),
  '@hx4/europeana': source('europeana'),
  '@hx4/national-archive/simulator': source('national-archive', 'simulator/index.ts'),
  '@hx4/national-archive': source('national-archive'),
  '@hx4/sa-kuva/simulator': source('sa-kuva', 'simulator/index.ts'),
  '@hx4/sa-kuva': source('sa-kuva'),
  '@hx4/smu/simulator': source('smu', 'simulator/index.ts'),
  '@hx4/smu': source('smu'),
  '@hx4/wwii/simulator': source('wwii', 'simulator/index.ts'),
  '@hx4/wwii': source('wwii'),
  '@hx4/ww-vehicles/simulator': source('ww-vehicles', 'simulator/index.ts'),
  '@hx4/ww-vehicles': source('ww-vehicles'),
  '@hx4/merge': source('merge'),
  '@hx4/export': source('export'),
  '@hx4/report': source('report'),
};

/** Each project's global setup: a temporary folder of the run, removed at its end (vitest.tempDir.ts). */
export const globalSetup = [fileURLToPath(new URL('./vitest.tempDir.ts', import.meta.url))];
