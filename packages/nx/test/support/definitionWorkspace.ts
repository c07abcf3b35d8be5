import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { NxJsonConfiguration } from '@nx/devkit';
import { afterEach } from 'vitest';
import { createNodesV2 } from '../../src/index.js';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/** Writes `files` (workspace-relative path → JSON value, or text as is) into a fresh temp folder and runs the plugin on them. */
export async function inferFrom(files: Record<string, unknown>, nxJsonConfiguration: NxJsonConfiguration = {}) {
  const workspaceRoot = await mkdtemp(join(tmpdir(), 'hx4-nx-unit-'));
  roots.push(workspaceRoot);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(join(workspaceRoot, file)), { recursive: true });
    await writeFile(join(workspaceRoot, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  const [, createNodes] = createNodesV2;
  return createNodes(Object.keys(files), undefined, { workspaceRoot, nxJsonConfiguration });
}
