import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, realpath, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspace = fileURLToPath(new URL('../../../..', import.meta.url));
const cliPackage = fileURLToPath(new URL('../..', import.meta.url));

export interface PartialInstall {
  /** The project folder; its node_modules holds what was installed. */
  dir: string;
  /** The installed CLI's bin, for runHx4. */
  bin: string;
}

/**
 * A project in a temporary folder with @hx4/cli installed as npm installs it, and beside it only the packages
 * named: node_modules holds a copy of the built CLI (its package.json, bin, dist and the vocabulary its tarball
 * carries), its own dependencies and the `linked` packages, linked from this workspace (they resolve their own
 * dependencies there), and `copied` packages, copied alone so that their own dependencies are missing, as in a
 * broken install. Node resolves the CLI's imports from the copy's place, so any other package is not installed for
 * it, as in a user's project.
 */
export async function partialInstall({ linked = [], copied = [] }: { linked?: string[]; copied?: string[] }): Promise<PartialInstall> {
  const dir = await mkdtemp(join(tmpdir(), 'hx4-partial-install-'));
  const modules = join(dir, 'node_modules');
  const cli = join(modules, '@hx4', 'cli');
  await mkdir(cli, { recursive: true });
  for (const part of ['package.json', 'bin', 'dist']) await cp(join(cliPackage, part), join(cli, part), { recursive: true });
  await cp(join(workspace, 'misc'), join(cli, 'misc'), { recursive: true });
  const manifest = JSON.parse(await readFile(join(cliPackage, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of [...Object.keys(manifest.dependencies), ...linked]) {
    await mkdir(dirname(join(modules, name)), { recursive: true });
    await symlink(await installedFor(name), join(modules, name), 'dir');
  }
  for (const name of copied) {
    const source = await installedFor(name);
    for (const part of ['package.json', 'dist']) await cp(join(source, part), join(modules, name, part), { recursive: true });
  }
  return { dir, bin: join(cli, 'bin', 'hx4.js') };
}

/** The folder of the package the CLI's own imports of `name` get in this workspace (its nested copy first, as Node looks). */
async function installedFor(name: string): Promise<string> {
  const nested = join(cliPackage, 'node_modules', name);
  return realpath(existsSync(nested) ? nested : join(workspace, 'node_modules', name));
}
