import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type DependencyField = 'dependencies' | 'peerDependencies' | 'devDependencies';

export interface PackageManifest extends Partial<Record<DependencyField, Record<string, string>>> {
  name: string;
  version: string;
  private?: boolean;
  main?: string;
  types?: string;
  bin?: Record<string, string>;
  exports?: Record<string, string | { types: string; default: string }>;
}

export interface WorkspacePackage extends PackageManifest {
  /** The package's folder, relative to the workspace root: `packages/<folder>`. */
  dir: string;
}

/** The workspace's packages that `nx release` publishes: every package under packages/ that is not private. */
export function publishablePackages(workspaceRoot: string): WorkspacePackage[] {
  return readdirSync(join(workspaceRoot, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join('packages', entry.name);
      return { ...(JSON.parse(readFileSync(join(workspaceRoot, dir, 'package.json'), 'utf8')) as PackageManifest), dir };
    })
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
