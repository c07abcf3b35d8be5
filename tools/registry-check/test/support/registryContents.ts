import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommand } from './runCommand.js';

export interface PublishedVersion {
  dist: { tarball: string; integrity: string };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** One version of a package as the registry holds it (as `npm view` reads it); rejects when it was not published. */
export async function publishedVersion(registryUrl: string, name: string, version: string): Promise<PublishedVersion> {
  const response = await fetch(new URL(name.replace('/', '%2f'), registryUrl));
  if (!response.ok) throw new Error(`${name} is not in the registry at ${registryUrl}: ${response.status}`);
  const { versions } = (await response.json()) as { versions: Record<string, PublishedVersion | undefined> };
  const published = versions[version];
  if (published === undefined) throw new Error(`${name}@${version} is not in the registry at ${registryUrl}`);
  return published;
}

/**
 * A published tarball, unpacked into a folder of its own under `dir`: that folder (the package's root) and its
 * files, as paths inside the package (without tar's `package/`).
 */
export async function unpackTarball(version: PublishedVersion, dir: string): Promise<{ root: string; files: string[] }> {
  const response = await fetch(version.dist.tarball);
  if (!response.ok) throw new Error(`${version.dist.tarball}: ${response.status}`);
  const file = join(dir, version.dist.tarball.split('/').pop()!);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  const unpacked = file.replace(/\.tgz$/, '');
  await mkdir(unpacked);
  await runCommand('tar', ['-xzf', file, '-C', unpacked], { cwd: dir });
  const listing = await runCommand('tar', ['-tzf', file], { cwd: dir });
  const files = listing
    .split('\n')
    .filter((line) => line !== '' && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''))
    .sort();
  return { root: join(unpacked, 'package'), files };
}
