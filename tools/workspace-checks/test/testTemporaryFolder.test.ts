import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import rootConfig from '../../../vitest.config.js';
import { globalSetup } from '../../../vitest.shared.js';
import useTemporaryFolderOfTheRun from '../../../vitest.tempDir.js';

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));

describe('tests leave nothing in the OS temporary folder', () => {
  it('a run gets a temporary folder of its own, removed with everything in it when the run ends', async () => {
    const before = process.env.TMPDIR;
    const outside = tmpdir();
    const teardown = await useTemporaryFolderOfTheRun();
    const folder = tmpdir();
    try {
      expect(dirname(folder)).toBe(outside);
      expect(process.env.TMPDIR).toBe(folder);
      // What a forgetful test or a killed CLI run would leave behind.
      await mkdir(join(folder, 'hx4-forgotten', 'images'), { recursive: true });
      await writeFile(join(folder, 'hx4-forgotten', 'images', 'a.jpg'), 'x');
    } finally {
      await teardown();
    }
    expect(existsSync(folder)).toBe(false);
    expect(process.env.TMPDIR).toBe(before);
  });

  it('every test project of the workspace uses it', async () => {
    const projects = rootConfig.test?.projects;
    expect(projects).toBeDefined();
    const configs = (projects as string[])
      .flatMap((pattern) =>
        pattern.endsWith('/*')
          ? readdirSync(join(workspaceRoot, pattern.slice(0, -2))).map((name) => join(pattern.slice(0, -2), name))
          : [pattern],
      )
      .map((project) => join(project, 'vitest.config.ts'))
      .filter((config) => existsSync(join(workspaceRoot, config)));
    expect(configs.length).toBeGreaterThanOrEqual(15);
    for (const config of configs) {
      const { default: project } = (await import(join(workspaceRoot, config))) as { default: { test?: { globalSetup?: unknown } } };
      expect(project.test?.globalSetup, config).toEqual(globalSetup);
    }
  });
});
