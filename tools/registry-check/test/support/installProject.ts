import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { runCommand } from './runCommand.js';

export interface InstalledPackage {
  version: string;
  integrity: string;
}

interface Lockfile {
  packages: Record<string, { version?: string; integrity?: string }>;
}

/**
 * A new npm project in `dir` (outside the workspace) whose `.npmrc` takes `@hx4/*` from `registryUrl` and every
 * other package from the user's usual registry, then `npm install <packages>` in it. Returns the @hx4 packages
 * npm installed (by name, from its lockfile), wherever in node_modules they landed.
 */
export async function installProject(
  dir: string,
  registryUrl: string,
  packages: readonly string[],
): Promise<Map<string, InstalledPackage>> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: basename(dir), private: true, type: 'module' }, null, 2)}\n`);
  await writeFile(join(dir, '.npmrc'), `@hx4:registry=${registryUrl}\n`);
  // --prefer-online: npm asks the registry for every package document instead of trusting its cache.
  await runCommand('npm', ['install', '--prefer-online', '--no-audit', '--no-fund', ...packages], { cwd: dir });
  const lockfile = JSON.parse(await readFile(join(dir, 'package-lock.json'), 'utf8')) as Lockfile;
  const installed = new Map<string, InstalledPackage>();
  for (const [path, entry] of Object.entries(lockfile.packages)) {
    const name = /(?:^|\/)node_modules\/(@hx4\/[^/]+)$/.exec(path)?.[1];
    if (name === undefined) continue;
    if (entry.version === undefined || entry.integrity === undefined)
      throw new Error(`${path} in ${dir}/package-lock.json lacks a version or integrity`);
    installed.set(name, { version: entry.version, integrity: entry.integrity });
  }
  return installed;
}
