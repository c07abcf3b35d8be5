import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  main?: string;
  types?: string;
  bin?: Record<string, string>;
  exports?: Record<string, string | { types: string; default: string }>;
}

/** The workspace's packages that `nx release` publishes: every package under packages/ that is not private. */
export function publishablePackages(workspaceRoot: string): PackageManifest[] {
  const packagesDir = join(workspaceRoot, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => JSON.parse(readFileSync(join(packagesDir, entry.name, 'package.json'), 'utf8')) as PackageManifest)
    .filter((manifest) => manifest.private !== true);
}

/** The files a package's entry points name (main, types, every export, every bin), as paths inside its tarball. */
export function entryFiles(manifest: PackageManifest): string[] {
  const named = [
    manifest.main,
    manifest.types,
    ...Object.values(manifest.exports ?? {}).flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.types, entry.default])),
    ...Object.values(manifest.bin ?? {}),
  ];
  return [...new Set(named.filter((path) => path !== undefined).map((path) => path.replace(/^\.\//, '')))].sort();
}
