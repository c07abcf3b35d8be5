import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { tempPathFor } from '@hx4/core';

/**
 * A new folder beside `target` to build its replacement in: on the same file system, so `replaceFolder`
 * is two renames, and hidden, named like `tempPathFor`'s files so a later run can tell it is stale.
 */
export async function stagingFolderFor(target: string): Promise<string> {
  await mkdir(dirname(target), { recursive: true });
  await removeStaleStagingFolders(target);
  const staging = tempPathFor(target);
  await mkdir(staging);
  return staging;
}

/** Puts the finished `staging` folder in place of `target` (which may not exist): readers see the old one or the new one. */
export async function replaceFolder(staging: string, target: string): Promise<void> {
  const previous = await stat(target).catch(() => null);
  if (!previous) {
    await rename(staging, target);
    return;
  }
  const old = tempPathFor(target);
  await rename(target, old);
  await rename(staging, target);
  await rm(old, { recursive: true, force: true });
}

/** Staging folders of a killed export to the same target. */
async function removeStaleStagingFolders(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  const stale = /^\d+\.[0-9a-f]{8}\.tmp$/;
  const names = await readdir(dirname(target));
  const leftOver = names.filter((name) => name.startsWith(prefix) && stale.test(name.slice(prefix.length)));
  await Promise.all(leftOver.map((name) => rm(join(dirname(target), name), { recursive: true, force: true })));
}
